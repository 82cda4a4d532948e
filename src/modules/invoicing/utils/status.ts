import BigNumber from "bignumber.js"
import { currencyDecimals, DecimalInput, sumDecimals, toDecimal } from "./money"
import type { CalendarDate } from "./dates"

/** Legal state of the document itself. */
export const InvoiceStatus = {
  ISSUED: "issued",
  VOID: "void",
  CREDITED: "credited",
} as const
export type InvoiceStatus = (typeof InvoiceStatus)[keyof typeof InvoiceStatus]

/** How much of the invoice has been paid. */
export const InvoicePaymentStatus = {
  UNPAID: "unpaid",
  PARTIALLY_PAID: "partially_paid",
  PAID: "paid",
  OVERPAID: "overpaid",
} as const
export type InvoicePaymentStatus =
  (typeof InvoicePaymentStatus)[keyof typeof InvoicePaymentStatus]

/**
 * The order-level billing status shown to admins and shoppers.
 * `not_invoiced` belongs to orders that have no invoice at all.
 */
export const InvoiceDisplayStatus = {
  NOT_INVOICED: "not_invoiced",
  INVOICED: "invoiced",
  PARTIALLY_PAID: "partially_paid",
  PAID: "paid",
  OVERDUE: "overdue",
  CREDITED: "credited",
  VOID: "void",
} as const
export type InvoiceDisplayStatus =
  (typeof InvoiceDisplayStatus)[keyof typeof InvoiceDisplayStatus]

/**
 * Derives the display status from the document status, the payment status
 * and the due date. An unpaid or partially paid invoice is overdue from the
 * day after its due date; an overpaid one shows as paid (the surplus is in
 * its amounts).
 *
 * @example deriveDisplayStatus({ status: "issued",
 *   payment_status: "unpaid", due_date: "2026-12-18" }, "2026-12-19")
 * // "overdue"
 */
export function deriveDisplayStatus(
  invoice: {
    status: InvoiceStatus
    payment_status: InvoicePaymentStatus
    due_date: CalendarDate
  },
  today: CalendarDate
): InvoiceDisplayStatus {
  if (invoice.status === InvoiceStatus.VOID) {
    return InvoiceDisplayStatus.VOID
  }

  if (invoice.status === InvoiceStatus.CREDITED) {
    return InvoiceDisplayStatus.CREDITED
  }

  if (
    invoice.payment_status === InvoicePaymentStatus.PAID ||
    invoice.payment_status === InvoicePaymentStatus.OVERPAID
  ) {
    return InvoiceDisplayStatus.PAID
  }

  if (today > invoice.due_date) {
    return InvoiceDisplayStatus.OVERDUE
  }

  return invoice.payment_status === InvoicePaymentStatus.PARTIALLY_PAID
    ? InvoiceDisplayStatus.PARTIALLY_PAID
    : InvoiceDisplayStatus.INVOICED
}

/** An invoice as far as its order's billing status is concerned. */
export type OrderInvoiceState = {
  kind: string
  status: string
  display_status: string
  currency_code: string
  total: DecimalInput
  amount_paid: DecimalInput
  amount_refunded: DecimalInput
  amount_credited: DecimalInput
  balance: DecimalInput
}

/** The billing state of an order: its invoices taken together. */
export type OrderBilling = {
  display_status: InvoiceDisplayStatus
  currency_code: string | null
  total: string
  amount_credited: string
  amount_received: string
  balance: string
  /** Money received beyond what the order's invoices ask, owed back. */
  refund_due: string
}

/**
 * The order's billing status, from all of its invoices (credit notes count
 * through their invoices' `amount_credited`): `not_invoiced` without an
 * invoice, `void` or `credited` when every invoice is, `overdue` when one
 * is and money is owed, then `paid` when nothing is owed, `partially_paid`
 * when money arrived, else `invoiced`.
 *
 * What is owed is netted over the invoices: money received on one invoice
 * beyond what it asks (say, after a credit note) counts against another
 * invoice of the same order, so an exchange of equal value owes nothing.
 *
 * @example orderBillingStatus([paid100, invoiced20]).display_status
 * // "partially_paid"
 */
export function orderBillingStatus(
  invoices: OrderInvoiceState[]
): OrderBilling {
  const all = invoices.filter((i) => i.kind === "invoice")
  const live = all.filter((i) => i.status !== InvoiceStatus.VOID)
  const sum = (key: keyof OrderInvoiceState) =>
    sumDecimals(live.map((i) => toDecimal(i[key] as DecimalInput)))
  const received = sum("amount_paid").minus(sum("amount_refunded"))
  const currency = all[0]?.currency_code ?? null
  const decimals = currency ? currencyDecimals(currency) : 2
  const open = sum("total").minus(sum("amount_credited")).minus(received)
  const owed = open.isGreaterThanOrEqualTo(
    new BigNumber(1).shiftedBy(-decimals)
  )
  const shown = (v: BigNumber) => v.toFixed(decimals)
  const billing = (display_status: InvoiceDisplayStatus): OrderBilling => ({
    display_status,
    currency_code: currency,
    total: shown(sum("total")),
    amount_credited: shown(sum("amount_credited")),
    amount_received: shown(received),
    balance: shown(owed ? open : new BigNumber(0)),
    refund_due: shown(
      open
        .negated()
        .isGreaterThanOrEqualTo(new BigNumber(1).shiftedBy(-decimals))
        ? open.negated()
        : new BigNumber(0)
    ),
  })

  if (!all.length) {
    return billing(InvoiceDisplayStatus.NOT_INVOICED)
  }

  if (!live.length) {
    return billing(InvoiceDisplayStatus.VOID)
  }

  if (live.every((i) => i.status === InvoiceStatus.CREDITED)) {
    return billing(InvoiceDisplayStatus.CREDITED)
  }

  if (!owed) {
    return billing(InvoiceDisplayStatus.PAID)
  }

  if (live.some((i) => i.display_status === InvoiceDisplayStatus.OVERDUE)) {
    return billing(InvoiceDisplayStatus.OVERDUE)
  }

  return billing(
    received.isGreaterThan(0)
      ? InvoiceDisplayStatus.PARTIALLY_PAID
      : InvoiceDisplayStatus.INVOICED
  )
}
