import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveInvoiceOrThrow } from "../../../../../../utils/invoice-query"
import { sendDocumentPdf } from "../../../../../../utils/send-pdf"

/**
 * `GET /store/customers/me/invoices/:id/pdf`: the PDF of one of the
 * logged-in customer's invoices or credit notes; another customer's
 * answers 404, like a missing one.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const doc = await retrieveInvoiceOrThrow(
    req.scope,
    { id: req.params.id, customer_id: req.auth_context.actor_id },
    ["id", "number"]
  )

  await sendDocumentPdf(req.scope, res, doc as { id: string; number: string })
}
