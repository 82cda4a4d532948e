import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"
import { sellerToday } from "../../../utils/invoice-query"
import type { AdminGetAgingParamsType } from "./validators"

/**
 * `GET /admin/invoices/aging`: open receivables per currency in the buckets
 * not yet due, 1–30, 31–60, 61–90 and over 90 days past due, as of today on
 * the seller's calendar. Summed by the database.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAgingParamsType>,
  res: MedusaResponse
) => {
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const asOf = sellerToday(req.scope)
  const aging = await invoicing.agingReport(
    asOf,
    req.validatedQuery.currency_code as string | undefined
  )

  res.json({ as_of: asOf, aging })
}
