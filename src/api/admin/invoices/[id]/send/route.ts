import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveInvoiceOrThrow } from "../../../../utils/invoice-query"
import { sendDocumentEmailWorkflow } from "../../../../../workflows/send-document-email"

/**
 * `POST /admin/invoices/:id/send`: e-mails the document with its PDF to
 * the buyer again. 400 when the document has no e-mail address.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const doc = await retrieveInvoiceOrThrow(req.scope, { id: req.params.id }, [
    "id",
    "email",
  ])
  if (!doc.email) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invoice ${req.params.id} has no e-mail address to send it to.`
    )
  }

  const { result } = await sendDocumentEmailWorkflow(req.scope).run({
    input: { id: req.params.id, purpose: "resend" },
  })

  res.json(result)
}
