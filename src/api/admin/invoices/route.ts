import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerToday, toInvoiceFilters } from "../../utils/invoice-query"
import type { AdminGetInvoicesParamsType } from "./validators"

/**
 * `GET /admin/invoices`: lists invoices, filterable by `order_id`,
 * `customer_id`, `display_status`, `payment_status`, `currency_code`, `q`
 * (number or e-mail), `overdue` and due/issue date bounds, paginated with
 * `limit`, `offset` and `order`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetInvoicesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invoices, metadata } = await query.graph({
    entity: "invoice",
    fields: req.queryConfig.fields,
    filters: toInvoiceFilters(req.filterableFields, sellerToday(req.scope)),
    pagination: req.queryConfig.pagination,
  })

  res.json({
    invoices,
    count: metadata?.count ?? invoices.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? invoices.length,
  })
}
