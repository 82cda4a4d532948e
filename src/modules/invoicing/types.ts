import type { SellerDetails } from "./options"
import type { InvoiceAmounts } from "./utils/invoice-amounts"

/** Everything frozen into an invoice at issue, except its number. */
export type InvoiceSnapshotInput = {
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  email: string | null
  currency_code: string
  issue_date: string
  due_date: string
  payment_terms_days: number
  seller: SellerDetails
  billing_address: Record<string, unknown> | null
  shipping_address: Record<string, unknown> | null
  amounts: InvoiceAmounts
}

/** What to do when the order already has its invoice. */
export type IfInvoiceExists = "return" | "throw"

export type IssueInvoiceResult = {
  id: string
  number: string
  /** False when the order already had an invoice and nothing was issued. */
  created: boolean
}
