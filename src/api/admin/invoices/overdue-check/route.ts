import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { markOverdueInvoicesWorkflow } from "../../../../workflows/mark-overdue-invoices"

/**
 * `POST /admin/invoices/overdue-check`: runs the daily overdue check now.
 * Answers what changed: `{ as_of, overdue, reminders }`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await markOverdueInvoicesWorkflow(req.scope).run({
    input: {},
  })

  res.json(result)
}
