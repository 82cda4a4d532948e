import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { INVOICE_SORTABLE_FIELDS } from "../../utils/invoice-query"
import { decimalAmount, plainText } from "./[id]/payments/validators"

const stringOrList = z.union([z.string(), z.array(z.string())])

/** Invoice statuses a list can be filtered by. */
export const invoiceDisplayStatusFilter = z.enum([
  "invoiced",
  "partially_paid",
  "paid",
  "overdue",
  "credited",
  "void",
])

/**
 * A query parameter given once or repeated (`?display_status=paid&
 * display_status=overdue`), always read as a list.
 */
function oneOrMany<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess(
    (value) => (Array.isArray(value) ? value : [value]),
    z.array(item)
  )
}

/** One display status or several. */
export const displayStatusParam = oneOrMany(invoiceDisplayStatusFilter)

/** Page size 1 to 100 and a non-negative offset, as whole numbers. */
export const pageParams = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

const calendarDate = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date as YYYY-MM-DD`)

const paymentStatusFilter = z.enum([
  "unpaid",
  "partially_paid",
  "paid",
  "overpaid",
])

/** `order` accepts a sortable field, optionally prefixed with `-`. */
export const invoiceOrderParam = z
  .string()
  .refine(
    (value) =>
      (INVOICE_SORTABLE_FIELDS as readonly string[]).includes(
        value.replace(/^-/, "")
      ),
    {
      message: `order must be one of ${INVOICE_SORTABLE_FIELDS.join(", ")}, optionally prefixed with "-"`,
    }
  )

export type AdminGetInvoiceParamsType = z.infer<typeof AdminGetInvoiceParams>
export const AdminGetInvoiceParams = createSelectParams()

export type AdminGetInvoicesParamsType = z.infer<typeof AdminGetInvoicesParams>
export const AdminGetInvoicesParams = createFindParams({
  limit: 20,
  offset: 0,
})
  .extend({
    ...pageParams,
    order: invoiceOrderParam.optional(),
    q: z.string().min(1).optional(),
    order_id: stringOrList.optional(),
    kind: oneOrMany(z.enum(["invoice", "credit_note"])).optional(),
    customer_id: stringOrList.optional(),
    currency_code: oneOrMany(z.string().length(3).toLowerCase()).optional(),
    display_status: displayStatusParam.optional(),
    payment_status: oneOrMany(paymentStatusFilter).optional(),
    overdue: z
      .enum(["true", "false"], { message: "overdue must be true or false" })
      .transform((value) => value === "true")
      .optional(),
    due_before: calendarDate("due_before").optional(),
    due_after: calendarDate("due_after").optional(),
    issued_before: calendarDate("issued_before").optional(),
    issued_after: calendarDate("issued_after").optional(),
  })
  .strict()

export type AdminIssueCreditNoteType = z.infer<typeof AdminIssueCreditNote>
/**
 * A credit note: whole units of invoice lines, or an amount (tax
 * included) spread over the lines; never both.
 */
export const AdminIssueCreditNote = z
  .object({
    lines: z
      .array(
        z
          .object({
            line_id: z.string().min(1),
            quantity: z.number().int().positive(),
          })
          .strict()
      )
      .min(1)
      .max(1000)
      .optional(),
    amount: decimalAmount.optional(),
    reason: plainText("reason", 500).pipe(z.string().trim().min(1)),
  })
  .strict()
  .refine((body) => !!body.lines !== (body.amount !== undefined), {
    message: "give either lines or amount, not both and not neither",
    path: ["lines"],
  })

export type AdminVoidInvoiceType = z.infer<typeof AdminVoidInvoice>
/** Voiding takes an optional reason, kept in the audit trail. */
export const AdminVoidInvoice = z
  .object({
    reason: plainText("reason", 500).pipe(z.string().trim().min(1)).optional(),
  })
  .strict()

/** A resend takes no input. */
export const AdminSendInvoice = z.object({}).strict()
