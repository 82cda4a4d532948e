import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type { InvoicingSettingsUpdate } from "../../modules/invoicing/settings"

export type UpdateInvoicingSettingsStepInput = {
  change: InvoicingSettingsUpdate
  actor_id: string | null
}

export const updateInvoicingSettingsStepId = "invoicing-update-settings"

/** Saves a change of settings; compensation puts the previous ones back. */
export const updateInvoicingSettingsStep = createStep(
  updateInvoicingSettingsStepId,
  async (input: UpdateInvoicingSettingsStepInput, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const previous = await invoicing.getSettings()
    const settings = await invoicing.updateSettings(
      input.change,
      input.actor_id
    )

    return new StepResponse(settings, { previous, actor_id: input.actor_id })
  },
  async (saved, { container }) => {
    if (!saved) {
      return
    }

    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const { updated_at: _updatedAt, ...previous } = saved.previous
    await invoicing.updateSettings(previous, saved.actor_id)
  }
)
