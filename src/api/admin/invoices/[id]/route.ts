import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveInvoiceOrThrow } from "../../../utils/invoice-query"
import type { AdminGetInvoiceParamsType } from "../validators"

/** `GET /admin/invoices/:id`: one invoice with its lines and tax rows. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetInvoiceParamsType>,
  res: MedusaResponse
) => {
  const invoice = await retrieveInvoiceOrThrow(
    req.scope,
    { id: req.params.id },
    req.queryConfig.fields
  )

  res.json({ invoice })
}
