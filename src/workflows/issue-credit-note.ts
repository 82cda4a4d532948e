import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { InvoicingEvents } from "../events"
import type { CreditNoteInput } from "../modules/invoicing/types"
import { issueCreditNoteStep } from "./steps"

export const issueCreditNoteWorkflowId = "invoicing-issue-credit-note"

/**
 * Issues a credit note against an invoice and emits `credit_note.issued`.
 *
 * @example
 * await issueCreditNoteWorkflow(container).run({
 *   input: { invoice_id, lines: [{ line_id, quantity: 1 }],
 *     reason: "Damaged on arrival", origin: "manual",
 *     actor_type: "user", actor_id },
 * })
 */
export const issueCreditNoteWorkflow = createWorkflow(
  issueCreditNoteWorkflowId,
  (input: CreditNoteInput) => {
    const issued = issueCreditNoteStep(input)
    emitEventStep({
      eventName: InvoicingEvents.CREDIT_NOTE_ISSUED,
      data: transform({ issued }, ({ issued }) => ({
        id: issued.id,
        invoice_id: issued.invoice_id,
      })),
    })

    return new WorkflowResponse(issued)
  }
)
