import type { MedusaContainer } from "@medusajs/framework/types"
import type { IFileModuleService } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { pdfFileName } from "../../modules/invoicing/utils/pdf-input"
import { renderDocumentPdfWorkflow } from "../../workflows/render-document-pdf"

/**
 * Streams a document's PDF (rendering and storing it first if its render
 * at issue failed) as `application/pdf`, named after the number. The PDF
 * is produced once and never changes, so the browser may keep it.
 */
export async function sendDocumentPdf(
  scope: MedusaContainer,
  res: MedusaResponse,
  doc: { id: string; number: string }
): Promise<void> {
  const { result } = await renderDocumentPdfWorkflow(scope).run({
    input: { id: doc.id },
  })
  const stream = await scope
    .resolve<IFileModuleService>(Modules.FILE)
    .getDownloadStream(result.file_id)

  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${pdfFileName(doc.number)}"`
  )
  res.setHeader("Cache-Control", "private, max-age=86400")
  res.setHeader("ETag", `"${result.file_id}"`)
  stream.pipe(res)
}
