import type { BillingStatus } from "./billing-status"

/** A money amount as the API sends it: a major-unit number or string. */
export type Amount = number | string

/** The statuses a single document can have (never `not_invoiced`). */
export type DocumentStatus = Exclude<BillingStatus, "not_invoiced">

/** An invoice or credit note as `GET /admin/invoices` lists it. */
export type Invoice = {
  id: string
  number: string
  kind: "invoice" | "credit_note"
  origin: string
  corrects_invoice_id: string | null
  reason: string | null
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  email: string | null
  currency_code: string
  status: "issued" | "void" | "credited"
  payment_status: "unpaid" | "partially_paid" | "paid" | "overpaid"
  display_status: DocumentStatus
  issue_date: string
  due_date: string
  issued_at: string
  subtotal: Amount
  discount_total: Amount
  tax_total: Amount
  total: Amount
  amount_paid: Amount
  amount_refunded: Amount
  amount_credited: Amount
  balance: Amount
}

/** One printed line of a document. */
export type InvoiceLine = {
  id: string
  position: number
  line_type: "item" | "shipping"
  title: string
  description: string | null
  sku: string | null
  corrects_line_id: string | null
  quantity: Amount
  unit_price: Amount
  subtotal: Amount
  discount_total: Amount
  tax_total: Amount
  total: Amount
  tax_rate: Amount
}

/** The tax of one rate over a whole document. */
export type TaxRow = {
  id: string
  code: string | null
  name: string | null
  rate: Amount
  taxable_amount: Amount
  tax_amount: Amount
}

/** The ways money can arrive or leave, as the API names them. */
export const PAYMENT_METHODS = [
  "card",
  "bank_transfer",
  "cash",
  "check",
  "other",
] as const

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** One signed entry of an invoice's payment ledger. */
export type LedgerEntry = {
  id: string
  kind: "payment" | "refund" | "reversal" | "transfer"
  amount: Amount
  method: PaymentMethod
  source: "medusa" | "manual"
  source_ref: string | null
  reference: string | null
  occurred_at: string
  actor_type: "user" | "customer" | "system"
  actor_id: string | null
  note: string | null
  reverses_id: string | null
}

/** One recorded change of an invoice's state. */
export type AuditEntry = {
  id: string
  action: string
  reason: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  actor_type: "user" | "customer" | "system"
  actor_id: string | null
  created_at: string
}

/** A credit note as it comes with the invoice it corrects. */
export type CreditNote = Invoice & {
  lines?: InvoiceLine[]
  tax_rows?: TaxRow[]
}

/** One document with everything `GET /admin/invoices/:id` adds. */
export type InvoiceDetail = Invoice & {
  lines?: InvoiceLine[]
  tax_rows?: TaxRow[]
  payments?: LedgerEntry[]
  audit_trail?: AuditEntry[]
  credit_notes?: CreditNote[]
  emailed_at?: string | null
}

/** An order's billing over all its documents. */
export type OrderBilling = {
  display_status: BillingStatus
  currency_code: string | null
  total: Amount
  amount_credited: Amount
  amount_received: Amount
  balance: Amount
  refund_due: Amount
}

/** `GET /admin/orders/:id/invoices`. */
export type OrderInvoicesResponse = {
  billing: OrderBilling
  invoices: Invoice[]
}

/** The fields the invoice list asks for (`fields`), one row each. */
export const INVOICE_LIST_FIELDS = [
  "id",
  "number",
  "kind",
  "status",
  "order_display_id",
  "email",
  "currency_code",
  "display_status",
  "issue_date",
  "due_date",
  "total",
  "balance",
] as const

/** One row of the invoice list. */
export type InvoiceListItem = Pick<
  Invoice,
  (typeof INVOICE_LIST_FIELDS)[number]
>

/** `GET /admin/invoices` with `fields` set to `INVOICE_LIST_FIELDS`. */
export type InvoiceListResponse = {
  invoices: InvoiceListItem[]
  count: number
  offset: number
  limit: number
}

/** The aging buckets, in the order they are shown. */
export const AGING_BUCKETS = [
  "not_due",
  "days_1_30",
  "days_31_60",
  "days_61_90",
  "days_over_90",
] as const

export type AgingBucket = (typeof AGING_BUCKETS)[number]

/** Open receivables of one currency. */
export type AgingRow = Record<AgingBucket, number> & {
  currency_code: string
  total: number
  count: number
}

/** `GET /admin/invoices/aging`. */
export type AgingResponse = { as_of: string; aging: AgingRow[] }

/** `GET /admin/customers/:id/invoice-summary`. */
export type CustomerInvoiceSummary = {
  open_balances: { currency_code: string; balance: Amount }[]
  counts: Partial<Record<DocumentStatus, number>>
  oldest_overdue_due_date: string | null
}

/** `GET /admin/invoicing/order-counts`. */
export type OrderCounts = {
  invoiced: number
  overdue: number
  not_invoiced: number
}
