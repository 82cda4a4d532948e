import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { voidInvoiceWorkflow } from "../../../../../workflows/void-invoice"
import {
  INVOICE_DETAIL_FIELDS,
  retrieveInvoiceOrThrow,
} from "../../../../utils/invoice-query"
import { sendWorkflowError } from "../../../../utils/send-workflow-error"
import type { AdminVoidInvoiceType } from "../../validators"

/**
 * `POST /admin/invoices/:id/void`: voids an invoice nothing was paid on or
 * credited from, if the plugin option `allow_void` is on (400 otherwise).
 * The number stays in the series, recorded as void.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminVoidInvoiceType>,
  res: MedusaResponse
) => {
  const { errors } = await voidInvoiceWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor: { actor_type: "user", actor_id: req.auth_context.actor_id },
      reason: req.validatedBody.reason,
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

  res.json({ invoice })
}
