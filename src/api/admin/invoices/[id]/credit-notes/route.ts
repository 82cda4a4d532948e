import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { issueCreditNoteWorkflow } from "../../../../../workflows/issue-credit-note"
import {
  CREDIT_NOTE_FIELDS,
  retrieveInvoiceOrThrow,
} from "../../../../utils/invoice-query"
import { sendWorkflowError } from "../../../../utils/send-workflow-error"
import type { AdminIssueCreditNoteType } from "../../validators"

/**
 * `POST /admin/invoices/:id/credit-notes`: credits whole units of the
 * invoice's lines or an amount, never more than remains creditable.
 * Answers 201 with the credit note.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminIssueCreditNoteType>,
  res: MedusaResponse
) => {
  const { result, errors } = await issueCreditNoteWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      invoice_id: req.params.id,
      origin: "manual",
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
    throwOnError: false,
  })
  if (errors.length) {
    return sendWorkflowError(res, errors[0].error)
  }

  const creditNote = await retrieveInvoiceOrThrow(
    req.scope,
    { id: result.id },
    CREDIT_NOTE_FIELDS
  )

  res.status(201).json({ credit_note: creditNote })
}
