import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import {
  OrderBilling,
  orderBillingStatus,
  OrderInvoiceState,
} from "../../modules/invoicing/utils/status"

/** Invoice fields returned by default, list and detail alike. */
export const INVOICE_DEFAULT_FIELDS = [
  "id",
  "number",
  "kind",
  "origin",
  "corrects_invoice_id",
  "reason",
  "order_id",
  "order_display_id",
  "customer_id",
  "email",
  "currency_code",
  "status",
  "payment_status",
  "display_status",
  "issue_date",
  "due_date",
  "payment_terms_days",
  "issued_at",
  "seller",
  "billing_address",
  "shipping_address",
  "item_subtotal",
  "shipping_subtotal",
  "subtotal",
  "discount_total",
  "tax_total",
  "total",
  "amount_paid",
  "amount_refunded",
  "amount_credited",
  "balance",
  "metadata",
  "created_at",
  "updated_at",
]

/** Detail views add the lines, the tax breakdown, ledger and audit trail. */
export const INVOICE_DETAIL_FIELDS = [
  ...INVOICE_DEFAULT_FIELDS,
  "lines.*",
  "tax_rows.*",
  "payments.*",
  "audit_trail.*",
  "pdf_file_id",
  "emailed_at",
]

/** The credit notes shown with an invoice. */
export const CREDIT_NOTE_FIELDS = [
  ...INVOICE_DEFAULT_FIELDS,
  "lines.*",
  "tax_rows.*",
]

/**
 * What a shopper sees of the ledger: no internal notes, references, actor
 * ids or idempotency keys.
 */
export const STORE_LEDGER_FIELDS = [
  "payments.id",
  "payments.kind",
  "payments.amount",
  "payments.method",
  "payments.occurred_at",
]

/** Fields a client may sort invoice lists by (prefix `-` for descending). */
export const INVOICE_SORTABLE_FIELDS = [
  "number",
  "issue_date",
  "due_date",
  "issued_at",
  "total",
  "balance",
  "created_at",
] as const

/**
 * Loads one invoice matching `filters`, or throws NOT_FOUND naming the id.
 * Callers add ownership filters (e.g. `customer_id`) so that another
 * customer's invoice is indistinguishable from a missing one.
 */
export async function retrieveInvoiceOrThrow(
  scope: MedusaContainer,
  filters: { id: string } & Record<string, unknown>,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "invoice", fields, filters })

  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Invoice with id: ${filters.id} was not found.`
    )
  }

  return data[0] as Record<string, unknown>
}

/**
 * Adds to an invoice the credit notes that correct it (an empty list for a
 * credit note itself).
 */
export async function withCreditNotes(
  scope: MedusaContainer,
  invoice: Record<string, unknown>,
  fields: string[] = CREDIT_NOTE_FIELDS
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "invoice",
    fields,
    filters: { corrects_invoice_id: invoice.id as string },
  })

  return { ...invoice, credit_notes: data }
}

/**
 * Turns the validated list filters into Query filters: `q` searches the
 * number and the e-mail, case-insensitively, and a whole number (`1042` or
 * `#1042`) also finds the order with that display id; date bounds are exclusive
 * calendar dates; `overdue` means a balance left after the due date, as of
 * `today` on the seller's calendar.
 */
export function toInvoiceFilters(
  filterable: Record<string, unknown>,
  today: string
): Record<string, unknown> {
  const {
    q,
    overdue,
    due_before,
    due_after,
    issued_before,
    issued_after,
    ...filters
  } = filterable
  const and: Record<string, unknown>[] = []
  const range = (field: string, op: "$lt" | "$gt", value: unknown) => {
    if (typeof value === "string") {
      and.push({ [field]: { [op]: value } })
    }
  }
  range("due_date", "$lt", due_before)
  range("due_date", "$gt", due_after)
  range("issue_date", "$lt", issued_before)
  range("issue_date", "$gt", issued_after)

  if (overdue !== undefined) {
    const late = {
      status: "issued",
      balance: { $gt: 0 },
      due_date: { $lt: today },
    }
    and.push(
      overdue
        ? late
        : {
            $or: [
              { status: { $ne: "issued" } },
              { balance: 0 },
              { due_date: { $gte: today } },
            ],
          }
    )
  }

  if (typeof q === "string" && q.length) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const byOrder = /^#?\d{1,9}$/.test(q)
      ? [{ order_display_id: Number(q.replace("#", "")) }]
      : []
    and.push({
      $or: [
        { number: { $ilike: like } },
        { email: { $ilike: like } },
        ...byOrder,
      ],
    })
  }

  return and.length ? { ...filters, $and: and } : filters
}

/** Today's date on the seller's calendar (the plugin's `timezone`). */
export function sellerToday(scope: MedusaContainer): string {
  const invoicing = scope.resolve<InvoicingModuleService>(INVOICING_MODULE)

  return invoicing.getToday()
}

/** Fields of an order's documents in its billing summary. */
export const ORDER_DOCUMENT_FIELDS = INVOICE_DEFAULT_FIELDS.filter(
  (f) => !["seller", "billing_address", "shipping_address"].includes(f)
)

/** What a shopper sees of an order's documents in its billing summary. */
export const STORE_DOCUMENT_FIELDS = ORDER_DOCUMENT_FIELDS.filter(
  (f) => f !== "metadata"
)

/**
 * An order's invoices and credit notes, oldest first, and its billing
 * state taken over all of them.
 */
export async function orderBilling(
  scope: MedusaContainer,
  orderId: string,
  fields: string[] = ORDER_DOCUMENT_FIELDS
): Promise<{
  billing: OrderBilling
  documents: Record<string, unknown>[]
}> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "invoice",
    fields,
    filters: { order_id: orderId },
    pagination: { order: { issued_at: "ASC" } },
  })

  return {
    billing: orderBillingStatus(data as OrderInvoiceState[]),
    documents: data,
  }
}
