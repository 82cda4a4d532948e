import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { InvoicingEvents } from "../events"
import type { LedgerEntryInput } from "../modules/invoicing/types"
import { recordLedgerEntriesStep } from "./steps/record-ledger-entries"
import {
  invoicePaidPayloads,
  paymentRecordedPayloads,
} from "./steps/ledger-events"

export const recordLedgerEntriesWorkflowId = "invoicing-record-ledger-entries"

/**
 * Records payments, refunds or reversals in invoice ledgers and emits
 * `invoice.payment_recorded` for each new entry and `invoice.paid` for each
 * invoice that became paid. Used by the admin payment routes and by the
 * sync of Medusa captures and refunds.
 *
 * @example
 * await recordLedgerEntriesWorkflow(container).run({
 *   input: { entries: [{ invoice_id, kind: "payment", amount: "20",
 *     method: "bank_transfer", source: "manual", actor_type: "user" }] },
 * })
 */
export const recordLedgerEntriesWorkflow = createWorkflow(
  recordLedgerEntriesWorkflowId,
  (input: { entries: LedgerEntryInput[] }) => {
    const results = recordLedgerEntriesStep(input.entries)

    emitEventStep({
      eventName: InvoicingEvents.PAYMENT_RECORDED,
      data: transform({ results }, ({ results }) =>
        paymentRecordedPayloads(results)
      ),
    }).config({ name: "invoicing-emit-payment-recorded" })
    emitEventStep({
      eventName: InvoicingEvents.INVOICE_PAID,
      data: transform({ results }, ({ results }) =>
        invoicePaidPayloads(results)
      ),
    }).config({ name: "invoicing-emit-invoice-paid" })

    return new WorkflowResponse(results)
  }
)
