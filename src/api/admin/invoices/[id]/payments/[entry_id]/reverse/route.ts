import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordLedgerEntryAndRespond } from "../../../../../../utils/record-ledger-entry"
import type { AdminReversePaymentType } from "../../validators"

/**
 * `POST /admin/invoices/:id/payments/:entry_id/reverse`: corrects a ledger
 * entry recorded by mistake with a reversal entry of the opposite amount.
 * The original stays in the ledger; an entry can be reversed once.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReversePaymentType>,
  res: MedusaResponse
) => {
  await recordLedgerEntryAndRespond(req, res, {
    kind: "reversal",
    // The amount is taken from the entry reversed.
    amount: "0",
    method: "other",
    source: "manual",
    reverses_id: req.params.entry_id,
    note: req.validatedBody.reason,
  })
}
