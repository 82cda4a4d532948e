import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type { CreditNoteInput } from "../../modules/invoicing/types"

export const issueCreditNoteStepId = "invoicing-issue-credit-note"

/**
 * Issues a credit note with the next number of the credit note series.
 * Compensation takes it back: deleted while its number is the last one,
 * voided otherwise; the invoice's derived state is recomputed either way.
 */
export const issueCreditNoteStep = createStep(
  issueCreditNoteStepId,
  async (input: CreditNoteInput, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const issued = await invoicing.issueCreditNote(input)
    if (!issued) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Invoice ${input.invoice_id} has nothing of value left to credit.`
      )
    }

    return new StepResponse(issued, issued.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }

    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    await invoicing.releaseInvoice(id)
  }
)
