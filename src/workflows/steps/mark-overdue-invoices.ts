import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"

export const markOverdueInvoicesStepId = "invoicing-mark-overdue-invoices"

/**
 * Marks late invoices overdue and raises their reminder levels, as of
 * `as_of` (default: today on the seller's calendar). Compensation puts back the statuses and levels
 * this run changed.
 */
export const markOverdueInvoicesStep = createStep(
  markOverdueInvoicesStepId,
  async (input: { as_of?: string }, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const today = input.as_of ?? invoicing.getToday()
    const run = await invoicing.markOverdueInvoices(today)

    return new StepResponse({ ...run, as_of: today }, run)
  },
  async (run, { container }) => {
    if (!run) {
      return
    }

    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    await invoicing.undoOverdueRun(run)
  }
)
