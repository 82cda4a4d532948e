import BigNumber from "bignumber.js"
import { currencyDecimals } from "./money"

/** What a rule check knows about the invoice. */
export type LedgerInvoiceState = {
  id: string
  status: string
  currency_code: string
  balance: string
  amount_paid?: string
  amount_refunded?: string
}

/** What a rule check knows about the entry reversed, if any. */
export type ReversedEntry = {
  id: string
  invoice_id: string
  kind: string
  /** Id of the reversal that already points at this entry, if any. */
  reversed_by?: string | null
}

/** A broken rule: bad input (`invalid`) or a state that forbids it. */
export type LedgerRuleViolation = {
  kind: "invalid" | "not_allowed"
  message: string
}

const invalid = (message: string): LedgerRuleViolation => ({
  kind: "invalid",
  message,
})
const notAllowed = (message: string): LedgerRuleViolation => ({
  kind: "not_allowed",
  message,
})

/**
 * Checks a ledger entry against the invoice and returns the broken rule
 * (one sentence), or null. Manual amounts must be positive with at most the
 * currency's decimals; a payment above the balance needs
 * `allow_overpayment`; nothing is recorded on a void invoice; a reversal must
 * point at a payment or refund of the same invoice.
 */
export function checkLedgerEntry(
  invoice: LedgerInvoiceState,
  entry: {
    kind: string
    amount: string
    source: string
    occurred_at?: Date
    allow_overpayment?: boolean
  },
  reversed?: ReversedEntry | null
): LedgerRuleViolation | null {
  // A transfer carries its direction in its sign; its size is checked.
  const signed = new BigNumber(entry.amount)
  const amount = entry.kind === "transfer" ? signed.abs() : signed
  const decimals = currencyDecimals(invoice.currency_code)

  if (invoice.status === "void") {
    return notAllowed(
      `Invoice ${invoice.id} is void; nothing can be recorded on it.`
    )
  }

  if (!amount.isFinite() || amount.isLessThanOrEqualTo(0)) {
    return invalid(`amount must be greater than 0, got ${entry.amount}.`)
  }

  // A reversal copies the amount it reverses, which Medusa may hold with
  // more decimals than the currency.
  if (
    entry.source === "manual" &&
    entry.kind !== "reversal" &&
    (amount.decimalPlaces() ?? 0) > decimals
  ) {
    return invalid(
      `amount ${entry.amount} has more decimals than ${invoice.currency_code.toUpperCase()} allows (${decimals}).`
    )
  }

  if (entry.occurred_at && entry.occurred_at.getTime() > Date.now()) {
    return invalid("occurred_at must not be in the future.")
  }

  if (
    entry.kind === "payment" &&
    entry.source === "manual" &&
    !entry.allow_overpayment &&
    amount.isGreaterThan(invoice.balance)
  ) {
    return notAllowed(
      `amount ${entry.amount} exceeds the balance of ${invoice.balance}; send allow_overpayment: true to record it anyway.`
    )
  }

  if (entry.kind === "refund" && entry.source === "manual") {
    const received = new BigNumber(invoice.amount_paid ?? 0).minus(
      invoice.amount_refunded ?? 0
    )
    if (amount.isGreaterThan(received)) {
      return notAllowed(
        `amount ${entry.amount} exceeds the ${received.toFixed(decimals)} received on this invoice; only money received can be refunded.`
      )
    }
  }

  return entry.kind === "reversal" ? checkReversal(invoice, reversed) : null
}

function checkReversal(
  invoice: LedgerInvoiceState,
  reversed?: ReversedEntry | null
): LedgerRuleViolation | null {
  if (!reversed || reversed.invoice_id !== invoice.id) {
    return invalid(
      `The entry to reverse was not found on invoice ${invoice.id}.`
    )
  }

  if (reversed.reversed_by) {
    return notAllowed(
      `Entry ${reversed.id} was already reversed by ${reversed.reversed_by}.`
    )
  }

  if (reversed.kind === "transfer") {
    return notAllowed(
      `Entry ${reversed.id} moved a surplus between the order's invoices and cannot be reversed.`
    )
  }

  return reversed.kind === "reversal"
    ? notAllowed(
        `Entry ${reversed.id} is itself a reversal and cannot be reversed.`
      )
    : null
}
