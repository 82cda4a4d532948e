import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  orderBilling,
  STORE_DOCUMENT_FIELDS,
} from "../../../../../../utils/invoice-query"

/**
 * `GET /store/customers/me/orders/:id/billing`: the billing status of one
 * of the logged-in customer's orders, with its invoices and credit notes.
 * Another customer's order answers 404, like a missing one.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found.`
    )
  }

  const { billing, documents } = await orderBilling(
    req.scope,
    req.params.id,
    STORE_DOCUMENT_FIELDS
  )

  res.json({ billing, invoices: documents })
}
