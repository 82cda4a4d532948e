import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { InvoicingEvents } from "../events"
import { markOverdueInvoicesStep } from "./steps/mark-overdue-invoices"

export const markOverdueInvoicesWorkflowId = "invoicing-mark-overdue-invoices"

/**
 * Finds invoices whose due date has passed with a balance left, records
 * them overdue and emits `invoice.overdue` for each; emits
 * `invoice.reminder_due` once per invoice and reminder level reached. Run
 * daily by the `invoicing-mark-overdue-invoices` job and on demand by
 * `POST /admin/invoices/overdue-check`; running it twice a day emits
 * nothing the second time. `as_of` (YYYY-MM-DD) replaces today, for
 * back-fills and tests.
 *
 * @example
 * const { result } = await markOverdueInvoicesWorkflow(container).run({
 *   input: {},
 * })
 * // result: { as_of, overdue: [...], reminders: [...] }
 */
export const markOverdueInvoicesWorkflow = createWorkflow(
  markOverdueInvoicesWorkflowId,
  (input: { as_of?: string }) => {
    const run = markOverdueInvoicesStep(input)

    emitEventStep({
      eventName: InvoicingEvents.INVOICE_OVERDUE,
      data: transform({ run }, ({ run }) =>
        run.overdue.map(({ id }) => ({ id }))
      ),
    }).config({ name: "invoicing-emit-invoice-overdue" })
    emitEventStep({
      eventName: InvoicingEvents.REMINDER_DUE,
      data: transform({ run }, ({ run }) =>
        run.reminders.map(({ id, level }) => ({ id, level }))
      ),
    }).config({ name: "invoicing-emit-reminder-due" })

    return new WorkflowResponse(run)
  }
)
