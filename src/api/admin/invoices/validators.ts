import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { INVOICE_SORTABLE_FIELDS } from "../../utils/invoice-query"

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
    order: invoiceOrderParam.optional(),
    q: z.string().min(1).optional(),
    order_id: stringOrList.optional(),
    customer_id: stringOrList.optional(),
    currency_code: stringOrList.optional(),
    display_status: z
      .union([invoiceDisplayStatusFilter, z.array(invoiceDisplayStatusFilter)])
      .optional(),
  })
  .strict()
