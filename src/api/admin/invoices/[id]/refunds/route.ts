import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordLedgerEntryAndRespond } from "../../../../utils/record-ledger-entry"
import type { AdminRecordRefundType } from "../payments/validators"

/**
 * `POST /admin/invoices/:id/refunds`: records money sent back outside
 * Medusa (a bank transfer back, cash), at most what the invoice received.
 * Refunds made through Medusa's payment routes are recorded on their own.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordRefundType>,
  res: MedusaResponse
) => {
  await recordLedgerEntryAndRespond(req, res, {
    ...req.validatedBody,
    kind: "refund",
    source: "manual",
  })
}
