import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type { ActorInput } from "../../modules/invoicing/types"

export const voidInvoiceStepId = "invoicing-void-invoice"

/** Voids an invoice; compensation restores its previous status. */
export const voidInvoiceStep = createStep(
  voidInvoiceStepId,
  async (
    input: { id: string; actor: ActorInput; reason?: string },
    { container }
  ) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const voided = await invoicing.voidInvoice(
      input.id,
      input.actor,
      input.reason
    )

    return new StepResponse(voided, voided)
  },
  async (voided, { container }) => {
    if (!voided) {
      return
    }

    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    await invoicing.restoreVoidedInvoice(
      voided.id,
      voided.previous_display_status
    )
  }
)
