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
