import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { renderDocumentPdfStep } from "./steps/render-document-pdf"
import {
  DocumentEmailPurpose,
  sendDocumentEmailStep,
} from "./steps/send-document-email"

export type SendDocumentEmailWorkflowInput = {
  id: string
  purpose: DocumentEmailPurpose
  level?: number
}

export const sendDocumentEmailWorkflowId = "invoicing-send-document-email"

/**
 * E-mails an invoice or credit note to the buyer with its PDF (rendered
 * first if need be): once after issue, once per reminder level, or again
 * on demand.
 *
 * @example
 * await sendDocumentEmailWorkflow(container).run({
 *   input: { id: "inv_123", purpose: "issued" },
 * })
 */
export const sendDocumentEmailWorkflow = createWorkflow(
  sendDocumentEmailWorkflowId,
  (input: SendDocumentEmailWorkflowInput) => {
    const pdf = renderDocumentPdfStep(
      transform({ input }, ({ input }) => ({ id: input.id }))
    )
    const sent = sendDocumentEmailStep(
      transform({ input, pdf }, ({ input, pdf }) => ({
        id: input.id,
        file_id: pdf.file_id,
        purpose: input.purpose,
        level: input.level,
      }))
    )

    return new WorkflowResponse(sent)
  }
)
