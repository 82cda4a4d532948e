/**
 * Every event this plugin emits. Payloads carry only `{ id }` of the
 * document, as Medusa's own events do; load the rest with Query.
 *
 * @example
 * export const config: SubscriberConfig = {
 *   event: InvoicingEvents.INVOICE_ISSUED,
 * }
 */
export const InvoicingEvents = {
  /** An invoice was issued. Payload: `{ id: string }` (the invoice id). */
  INVOICE_ISSUED: "invoice.issued",
  /**
   * A payment, refund or reversal was recorded in an invoice's ledger.
   * Payload: `{ id: string, entry_id: string }` (invoice and entry ids).
   */
  PAYMENT_RECORDED: "invoice.payment_recorded",
  /** An invoice became paid. Payload: `{ id: string }`. */
  INVOICE_PAID: "invoice.paid",
  /** An invoice's due date passed with a balance left. `{ id: string }`. */
  INVOICE_OVERDUE: "invoice.overdue",
  /**
   * A payment reminder level was reached (option `reminder_days`).
   * Payload: `{ id: string, level: number }`, level 1 for the first.
   */
  REMINDER_DUE: "invoice.reminder_due",
  /** An invoice was voided (option `allow_void`). Payload: `{ id: string }`. */
  INVOICE_VOIDED: "invoice.voided",
  /**
   * A credit note was issued. Payload: `{ id: string, invoice_id: string }`
   * (the credit note and the invoice it corrects).
   */
  CREDIT_NOTE_ISSUED: "credit_note.issued",
} as const

export type InvoicingEventName =
  (typeof InvoicingEvents)[keyof typeof InvoicingEvents]
