import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { InvoicingEvents } from "../events"
import type { OrderCorrectionResult } from "../modules/invoicing/types"
import {
  correctOrderDocumentsStep,
  loadOrderForInvoiceStep,
  prepareOrderCorrectionStep,
} from "./steps"
import { syncOrderPaymentsWorkflow } from "./sync-order-payments"

export type CorrectOrderInvoicesWorkflowInput = {
  order_id: string
  /** Printed on the documents, e.g. "Order edit confirmed". */
  reason: string
}

export const correctOrderInvoicesWorkflowId = "invoicing-correct-order-invoices"

/**
 * Keeps an order's invoices true after the order changed (edit, return,
 * claim, exchange, cancellation): credits removed value, bills added value
 * on a new invoice, emits `credit_note.issued` and `invoice.issued`, then
 * syncs Medusa's captures and refunds (a cancellation refunds without an
 * event). Running it again changes nothing.
 *
 * @example
 * await correctOrderInvoicesWorkflow(container).run({
 *   input: { order_id: "order_123", reason: "Order canceled" },
 * })
 */
export const correctOrderInvoicesWorkflow = createWorkflow(
  correctOrderInvoicesWorkflowId,
  (input: CorrectOrderInvoicesWorkflowInput) => {
    const order = loadOrderForInvoiceStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        allow_canceled: true,
      }))
    )

    const result = when(
      "invoicing-order-can-be-corrected",
      { order },
      ({ order }) => !!order
    ).then(() => {
      const prepared = prepareOrderCorrectionStep(order!)
      const corrected = correctOrderDocumentsStep(
        transform({ prepared, input }, ({ prepared, input }) => ({
          ...prepared,
          reason: input.reason,
        }))
      )
      emitEventStep({
        eventName: InvoicingEvents.CREDIT_NOTE_ISSUED,
        data: transform({ corrected }, ({ corrected }) =>
          corrected.credit_notes.map((c) => ({
            id: c.id,
            invoice_id: c.invoice_id,
          }))
        ),
      }).config({ name: "invoicing-emit-credit-notes-issued" })
      emitEventStep({
        eventName: InvoicingEvents.INVOICE_ISSUED,
        data: transform({ corrected }, ({ corrected }) =>
          corrected.invoices.map((i) => ({ id: i.id }))
        ),
      }).config({ name: "invoicing-emit-change-invoices-issued" })

      return corrected
    })

    syncOrderPaymentsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
      })),
    })

    return new WorkflowResponse(
      transform(
        { result },
        ({ result }): OrderCorrectionResult =>
          result ?? { invoices: [], credit_notes: [] }
      )
    )
  }
)
