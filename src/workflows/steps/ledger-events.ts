import type { RecordLedgerEntryResult } from "../../modules/invoicing/types"

type Recorded = RecordLedgerEntryResult & { invoice_id: string }

/** `invoice.payment_recorded` payloads: one per entry actually recorded. */
export function paymentRecordedPayloads(results: Recorded[]) {
  return results
    .filter((r) => r.created)
    .map((r) => ({ id: r.invoice_id, entry_id: r.entry_id }))
}

/** `invoice.paid` payloads: invoices that just became paid. */
export function invoicePaidPayloads(results: Recorded[]) {
  const paid = new Set(["paid", "overpaid"])
  const ids = results
    .filter(
      (r) =>
        r.created &&
        paid.has(r.payment_status) &&
        !paid.has(r.previous_payment_status)
    )
    .map((r) => r.invoice_id)

  return [...new Set(ids)].map((id) => ({ id }))
}
