import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordLedgerEntriesWorkflow } from "./record-ledger-entries"
import { loadMedusaPaymentEntriesStep } from "./steps/load-medusa-payment-entries"

export const syncOrderPaymentsWorkflowId = "invoicing-sync-order-payments"

/**
 * Brings an order's invoice ledger in line with the captures and refunds
 * Medusa holds for the order. Safe to run any number of times: each capture
 * and refund is recorded once, by its Medusa id, so a redelivered event adds
 * nothing and a second refund on the same payment is still recorded.
 *
 * @example
 * await syncOrderPaymentsWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 */
export const syncOrderPaymentsWorkflow = createWorkflow(
  syncOrderPaymentsWorkflowId,
  (input: { order_id: string }) => {
    const entries = loadMedusaPaymentEntriesStep(input)
    const results = recordLedgerEntriesWorkflow.runAsStep({
      input: transform({ entries }, ({ entries }) => ({ entries })),
    })

    return new WorkflowResponse(results)
  }
)
