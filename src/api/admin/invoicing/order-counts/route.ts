import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"

/**
 * `GET /admin/invoicing/order-counts`: how many orders are invoiced,
 * overdue and not invoiced (drafts excluded), for the order list.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const { metadata } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { is_draft_order: false },
    pagination: { take: 1, skip: 0 },
  })

  res.json(await invoicing.orderCounts(metadata?.count ?? 0))
}
