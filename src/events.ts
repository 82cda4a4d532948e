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
} as const

export type InvoicingEventName =
  (typeof InvoicingEvents)[keyof typeof InvoicingEvents]
