import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveInvoiceOrThrow } from "../../../../utils/invoice-query"
import { sendDocumentPdf } from "../../../../utils/send-pdf"

/** `GET /admin/invoices/:id/pdf`: the invoice's or credit note's PDF. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const doc = await retrieveInvoiceOrThrow(req.scope, { id: req.params.id }, [
    "id",
    "number",
  ])

  await sendDocumentPdf(req.scope, res, doc as { id: string; number: string })
}
