import type { LedgerEntry, PaymentMethod } from "./types"

/** How each payment method reads. */
export const METHOD_LABELS: Record<PaymentMethod, string> = {
  card: "Card",
  bank_transfer: "Bank transfer",
  cash: "Cash",
  check: "Check",
  other: "Other",
}

/** How each kind of ledger entry reads. */
export const ENTRY_KIND_LABELS: Record<LedgerEntry["kind"], string> = {
  payment: "Payment",
  refund: "Refund",
  reversal: "Reversal",
  transfer: "Transfer",
}

/** "Invoice" or "Credit note". */
export const documentKindLabel = (kind: "invoice" | "credit_note") =>
  kind === "credit_note" ? "Credit note" : "Invoice"
