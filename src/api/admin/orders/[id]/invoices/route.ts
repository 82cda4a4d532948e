import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { issueInvoiceWorkflow } from "../../../../../workflows/issue-invoice"
import { sendWorkflowError } from "../../../../utils/send-workflow-error"
import {
  INVOICE_DETAIL_FIELDS,
  orderBilling,
  retrieveInvoiceOrThrow,
} from "../../../../utils/invoice-query"
import type { AdminIssueInvoiceType } from "./validators"

/**
 * `POST /admin/orders/:id/invoices`: issues the invoice of an order that has
 * none, e.g. one placed before the plugin was installed. Answers 409 if the
 * order already has its invoice, 404 for an unknown order and 400 for a
 * draft or canceled one.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminIssueInvoiceType>,
  res: MedusaResponse
) => {
  const { result, errors } = await issueInvoiceWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      if_exists: "throw",
      actor: { actor_type: "user", actor_id: req.auth_context.actor_id },
    },
    throwOnError: false,
  })
  if (errors.length) {
    return sendWorkflowError(res, errors[0].error)
  }

  const invoice = await retrieveInvoiceOrThrow(
    req.scope,
    { id: result!.id },
    INVOICE_DETAIL_FIELDS
  )

  res.status(201).json({ invoice })
}

/**
 * `GET /admin/orders/:id/invoices`: the order's invoices and credit notes,
 * oldest first, with its billing status taken over all of them
 * (`not_invoiced` when it has none).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { billing, documents } = await orderBilling(req.scope, req.params.id)

  res.json({ billing, invoices: documents })
}
