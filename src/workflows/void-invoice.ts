import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { InvoicingEvents } from "../events"
import type { ActorInput } from "../modules/invoicing/types"
import { voidInvoiceStep } from "./steps"

export const voidInvoiceWorkflowId = "invoicing-void-invoice"

/**
 * Voids an invoice nothing was paid on or credited from (plugin option
 * `allow_void`) and emits `invoice.voided`. The order may then be invoiced
 * again.
 */
export const voidInvoiceWorkflow = createWorkflow(
  voidInvoiceWorkflowId,
  (input: { id: string; actor: ActorInput; reason?: string }) => {
    const voided = voidInvoiceStep(input)
    emitEventStep({
      eventName: InvoicingEvents.INVOICE_VOIDED,
      data: transform({ voided }, ({ voided }) => ({ id: voided.id })),
    })

    return new WorkflowResponse(voided)
  }
)
