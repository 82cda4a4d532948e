import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateInvoicingSettingsStep,
  UpdateInvoicingSettingsStepInput,
} from "./steps/update-invoicing-settings"

export const updateInvoicingSettingsWorkflowId = "invoicing-update-settings"

/**
 * Changes the seller's settings (seller block, logo, footer, language,
 * payment terms, number formats, reminder days). Documents already issued
 * keep the settings they were issued with.
 *
 * @example
 * await updateInvoicingSettingsWorkflow(container).run({
 *   input: { change: { payment_terms_days: 30 }, actor_id: "user_123" },
 * })
 */
export const updateInvoicingSettingsWorkflow = createWorkflow(
  updateInvoicingSettingsWorkflowId,
  (input: UpdateInvoicingSettingsStepInput) => {
    return new WorkflowResponse(updateInvoicingSettingsStep(input))
  }
)
