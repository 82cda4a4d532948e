import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createHash } from "crypto"
import { recordLedgerEntryAndRespond } from "../../../../utils/record-ledger-entry"
import type { AdminRecordPaymentType } from "./validators"

/**
 * `POST /admin/invoices/:id/payments`: records a payment received outside
 * Medusa (bank transfer, cash, check...). Honours an `Idempotency-Key`
 * header: the same key and body answer as the first time and record
 * nothing; the same key with another body answers 409.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordPaymentType>,
  res: MedusaResponse
) => {
  const key = req.get("idempotency-key") || null

  await recordLedgerEntryAndRespond(req, res, {
    ...req.validatedBody,
    kind: "payment",
    source: "manual",
    idempotency_key: key,
    request_hash: key ? requestHash(req.params.id, req.validatedBody) : null,
  })
}

function requestHash(invoiceId: string, body: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify({ invoiceId, body }))
    .digest("hex")
}
