import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type { InvoiceSnapshotInput } from "../../modules/invoicing/types"
import type { SourceLine } from "../../modules/invoicing/utils/invoice-amounts"

export type CorrectOrderDocumentsStepInput = {
  snapshot: InvoiceSnapshotInput
  billable: SourceLine[]
  reason: string
}

export const correctOrderDocumentsStepId = "invoicing-correct-order-documents"

/**
 * Issues the credit notes and the invoice that bring an order's documents
 * in line with the order. Compensation takes back every document it issued,
 * newest first.
 */
export const correctOrderDocumentsStep = createStep(
  correctOrderDocumentsStepId,
  async (input: CorrectOrderDocumentsStepInput, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const result = await invoicing.correctOrderDocuments(
      input.snapshot,
      input.billable,
      input.reason
    )
    const issued = [...result.credit_notes, ...result.invoices].map((d) => d.id)

    return new StepResponse(result, issued)
  },
  async (issued, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    for (const id of [...(issued ?? [])].reverse()) {
      await invoicing.releaseInvoice(id)
    }
  }
)
