import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { renderDocumentPdfStep } from "./steps/render-document-pdf"

export const renderDocumentPdfWorkflowId = "invoicing-render-document-pdf"

/**
 * Makes sure an invoice or credit note has its PDF in the File Module and
 * returns the file: rendered from the frozen snapshot the first time, the
 * same file every time after.
 *
 * @example
 * const { result } = await renderDocumentPdfWorkflow(container).run({
 *   input: { id: "inv_123" },
 * })
 * // result: { file_id, created }
 */
export const renderDocumentPdfWorkflow = createWorkflow(
  renderDocumentPdfWorkflowId,
  (input: { id: string }) => {
    return new WorkflowResponse(renderDocumentPdfStep(input))
  }
)
