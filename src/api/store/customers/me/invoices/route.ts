import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetInvoicesParamsType } from "./validators"

/**
 * `GET /store/customers/me/invoices`: the logged-in customer's invoices,
 * newest first unless `order` says otherwise; `order_id` narrows them to
 * one of the customer's orders.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<StoreGetInvoicesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invoices, metadata } = await query.graph({
    entity: "invoice",
    fields: req.queryConfig.fields,
    filters: {
      ...req.filterableFields,
      customer_id: req.auth_context.actor_id,
    },
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { issued_at: "DESC" },
    },
  })

  res.json({
    invoices,
    count: metadata?.count ?? invoices.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? invoices.length,
  })
}
