import BigNumber from "bignumber.js"
import { DecimalInput, roundToMinorUnit, sumDecimals, toDecimal } from "./money"
import type { InvoicePaymentStatus } from "./status"

/** A ledger entry as far as the balance is concerned. */
export type LedgerAmount = {
  kind: "payment" | "refund" | "reversal"
  /** Signed: payments positive, refunds and reversals of payments negative. */
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
 * ledger and the credited amount. Every figure is rounded to the currency's
 * minor unit before it is compared, so a difference smaller than one minor
 * unit (a 9.9946 order total against a 9.99 capture) is no difference.
 *
 * - `amount_paid`: payments minus their reversals;
 * - `amount_refunded`: money sent back (refunds, as a positive figure);
 * - `balance`: total − credited − (paid − refunded), never below zero;
 * - `payment_status`: `paid` at zero balance, `overpaid` when more than owed
 *   was received, `partially_paid` when something was received.
 */
export function deriveBalance(
  total: DecimalInput,
  entries: LedgerAmount[],
  credited: DecimalInput,
  currencyCode: string
): InvoiceBalance {
  const round = (v: DecimalInput) => roundToMinorUnit(v, currencyCode)
  const of = (kinds: LedgerAmount["kind"][]) =>
    sumDecimals(
      entries
        .filter((e) => kinds.includes(e.kind))
        .map((e) => toDecimal(e.amount))
    )

  const paid = round(of(["payment", "reversal"]))
  const refunded = round(of(["refund"]).negated())
  const creditedAmount = round(credited)
  const owed = round(total).minus(creditedAmount)
  const net = paid.minus(refunded)
  const open = owed.minus(net)

  return {
    amount_paid: paid.toFixed(),
    amount_refunded: refunded.toFixed(),
    amount_credited: creditedAmount.toFixed(),
    balance: BigNumber.max(open, 0).toFixed(),
    payment_status: paymentStatusOf(net, open),
  }
}

function paymentStatusOf(
  net: BigNumber,
  open: BigNumber
): InvoicePaymentStatus {
  if (open.isNegative()) {
    return "overpaid"
  }

  if (open.isZero()) {
    return "paid"
  }

  return net.isGreaterThan(0) ? "partially_paid" : "unpaid"
}
