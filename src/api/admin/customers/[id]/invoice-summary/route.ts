import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../../modules/invoicing/service"
import { sellerToday } from "../../../../utils/invoice-query"

/**
 * `GET /admin/customers/:id/invoice-summary`: the customer's open balance
 * per currency, invoice counts by display status and the due date of the
 * oldest overdue invoice.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const summary = await invoicing.customerInvoiceSummary(
    req.params.id,
    sellerToday(req.scope)
  )

  res.json({ summary })
}
