import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { LedgerEntryInput } from "../../modules/invoicing/types"
import { recordLedgerEntriesWorkflow } from "../../workflows/record-ledger-entries"
import { INVOICE_DETAIL_FIELDS, retrieveInvoiceOrThrow } from "./invoice-query"
import { sendWorkflowError } from "./send-workflow-error"

/**
 * Records one ledger entry on the invoice of the route (`:id`) and answers
 * 201 with the invoice as it stands now and the entry's id. A replayed
 * idempotent request answers the same way and records nothing.
 */
export async function recordLedgerEntryAndRespond(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  entry: Omit<LedgerEntryInput, "invoice_id" | "actor_type" | "actor_id">
): Promise<void> {
  const { result, errors } = await recordLedgerEntriesWorkflow(req.scope).run({
    input: {
      entries: [
        {
          ...entry,
          invoice_id: req.params.id,
          actor_type: "user",
          actor_id: req.auth_context.actor_id,
        },
      ],
    },
    throwOnError: false,
  })
  if (errors.length) {
    return sendWorkflowError(res, errors[0].error)
  }

  const invoice = await retrieveInvoiceOrThrow(
    req.scope,
    { id: req.params.id },
    INVOICE_DETAIL_FIELDS
  )

  res.status(201).json({ invoice, payment_id: result[0].entry_id })
}
