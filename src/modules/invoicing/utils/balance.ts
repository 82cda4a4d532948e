import BigNumber from "bignumber.js"
import {
  currencyDecimals,
  DecimalInput,
  roundToMinorUnit,
  sumDecimals,
  toDecimal,
} from "./money"
import type { InvoicePaymentStatus } from "./status"

/** A ledger entry as far as the balance is concerned. */
export type LedgerAmount = {
  kind: "payment" | "refund" | "reversal" | "transfer"
  /** For a reversal: the kind of the entry it reverses. */
  reverses_kind?: string | null
  /**
   * Signed: payments positive, refunds and reversals of payments negative,
   * transfers negative where a surplus leaves and positive where it lands.
   */
  amount: DecimalInput
}

export type InvoiceBalance = {
  amount_paid: string
  amount_refunded: string
  amount_credited: string
  balance: string
  payment_status: InvoicePaymentStatus
}

/**
 * Derives what is paid and what is still owed from the invoice total, its
 * ledger and the credited amount.
 *
 * Ledger amounts are kept exactly as they happened (Medusa may capture an
 * unrounded 115.6489 for an invoice of 115.64). What is still owed is
 * compared with the currency's minor unit: a difference smaller than one
 * minor unit is no difference, so that capture settles the invoice. The
 * figures shown are then rounded once to the minor unit.
 *
 * - `amount_paid`: payments minus their reversals, plus surpluses
 *   transferred in from another invoice of the order, minus those moved out;
 * - `amount_refunded`: money sent back (refunds less their reversals, as a
 *   positive figure);
 * - `balance`: total − credited − (paid − refunded), never below zero;
 * - `payment_status`: `paid` when less than one minor unit is open either
 *   way, `overpaid` when at least one minor unit too much was received,
 *   `partially_paid` when something was received, else `unpaid`.
 */
export function deriveBalance(
  total: DecimalInput,
  entries: LedgerAmount[],
  credited: DecimalInput,
  currencyCode: string
): InvoiceBalance {
  const unit = new BigNumber(1).shiftedBy(-currencyDecimals(currencyCode))
  // A reversal undoes the kind of entry it reverses.
  const kindOf = (e: LedgerAmount) =>
    e.kind === "reversal" && e.reverses_kind === "refund" ? "refund" : e.kind
  const of = (kinds: string[]) =>
    sumDecimals(
      entries
        .filter((e) => kinds.includes(kindOf(e)))
        .map((e) => toDecimal(e.amount))
    )
  const paid = of(["payment", "reversal", "transfer"])
  const refunded = of(["refund"]).negated()
  const net = paid.minus(refunded)
  const open = toDecimal(total).minus(toDecimal(credited)).minus(net)
  const settled = open.abs().isLessThan(unit)
  const shown = (v: BigNumber) => roundToMinorUnit(v, currencyCode).toFixed()

  return {
    amount_paid: shown(paid),
    amount_refunded: shown(refunded),
    amount_credited: shown(toDecimal(credited)),
    balance: settled ? "0" : shown(BigNumber.max(open, 0)),
    payment_status: paymentStatusOf(settled, open, net),
  }
}

function paymentStatusOf(
  settled: boolean,
  open: BigNumber,
  net: BigNumber
): InvoicePaymentStatus {
  if (settled) {
    return "paid"
  }

  if (open.isNegative()) {
    return "overpaid"
  }

  return net.isGreaterThan(0) ? "partially_paid" : "unpaid"
}
