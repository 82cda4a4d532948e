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
  /** `locale`: the order's language tag, which the PDF's labels follow. */
  metadata?: Record<string, unknown> | null
}

/** What to do when the order already has its invoice. */
export type IfInvoiceExists = "return" | "throw"

export type IssueInvoiceResult = {
  id: string
  number: string
  /** False when the order already had an invoice and nothing was issued. */
  created: boolean
}

/** Kinds of ledger entries. */
export type LedgerEntryKind = "payment" | "refund" | "reversal" | "transfer"
export type PaymentMethod =
  "card" | "bank_transfer" | "cash" | "check" | "other"

/**
 * A ledger entry to record. `amount` is the positive magnitude as an exact
 * decimal string; the sign follows from the kind (refunds negative, a
 * reversal the opposite of the entry it reverses). A `transfer` moves a
 * surplus between two invoices of one order and carries its own sign:
 * negative where it leaves, positive where it arrives.
 */
export type LedgerEntryInput = {
  /** Empty for a Medusa entry: the module picks the order's invoice. */
  invoice_id: string
  /** The order whose invoices a Medusa capture or refund belongs to. */
  order_id?: string
  kind: LedgerEntryKind
  amount: string
  method: PaymentMethod
  source: "medusa" | "manual"
  source_ref?: string | null
  reference?: string | null
  /** ISO date-time or Date; workflow inputs arrive serialized. */
  occurred_at?: string | Date
  actor_type: "user" | "customer" | "system"
  actor_id?: string | null
  note?: string | null
  reverses_id?: string | null
  idempotency_key?: string | null
  request_hash?: string | null
  allow_overpayment?: boolean
}

export type RecordLedgerEntryResult = {
  /** The invoice the entry is on (picked by the module for Medusa entries). */
  invoice_id: string
  entry_id: string
  /** False when the entry was already recorded (same Medusa id or key). */
  created: boolean
  previous_payment_status: string
  payment_status: string
  display_status: string
  balance: string
}

/** Who acts on an invoice, for the audit trail. */
export type ActorInput = {
  actor_type: "user" | "customer" | "system"
  actor_id?: string | null
}

/** Why a document was issued. */
export type DocumentOrigin =
  "order" | "order_change" | "cancellation" | "manual"

/**
 * A credit note to issue against an invoice: by `lines` (whole units of
 * invoice lines), by `amount` (tax included, spread over the lines) or
 * `everything` that remains.
 */
export type CreditNoteInput = ActorInput & {
  invoice_id: string
  lines?: { line_id: string; quantity: string | number }[]
  amount?: string
  everything?: boolean
  reason: string
  origin: Exclude<DocumentOrigin, "order">
}

export type IssuedDocument = { id: string; number: string }

/** What an order correction issued. */
export type OrderCorrectionResult = {
  invoices: IssuedDocument[]
  credit_notes: (IssuedDocument & { invoice_id: string })[]
}
