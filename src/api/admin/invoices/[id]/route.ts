import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  retrieveInvoiceOrThrow,
  withCreditNotes,
} from "../../../utils/invoice-query"
import type { AdminGetInvoiceParamsType } from "../validators"

/**
 * `GET /admin/invoices/:id`: one invoice with its lines, tax rows, ledger,
 * audit trail and the credit notes that correct it.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetInvoiceParamsType>,
  res: MedusaResponse
) => {
  const invoice = await retrieveInvoiceOrThrow(
    req.scope,
    { id: req.params.id },
    req.queryConfig.fields
  )

  res.json({ invoice: await withCreditNotes(req.scope, invoice) })
}
