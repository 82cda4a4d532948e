import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveInvoiceOrThrow } from "../../../../../utils/invoice-query"
import type { StoreGetInvoiceParamsType } from "../validators"

/**
 * `GET /store/customers/me/invoices/:id`: one of the logged-in customer's
 * invoices. Another customer's invoice answers 404, exactly like a missing
 * one, so ids cannot be probed.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<StoreGetInvoiceParamsType>,
  res: MedusaResponse
) => {
  const invoice = await retrieveInvoiceOrThrow(
    req.scope,
    { id: req.params.id, customer_id: req.auth_context.actor_id },
    req.queryConfig.fields
  )

  res.json({ invoice })
}
