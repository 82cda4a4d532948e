import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type {
  ActorInput,
  IfInvoiceExists,
  InvoiceSnapshotInput,
} from "../../modules/invoicing/types"
import type { SourceLine } from "../../modules/invoicing/utils/invoice-amounts"

export type CreateInvoiceStepInput = {
  snapshot: InvoiceSnapshotInput
  if_exists: IfInvoiceExists
  /** The order's lines as it bills them now (see `billableLines`). */
  billable?: SourceLine[]
  actor?: ActorInput
}

export const createInvoiceStepId = "invoicing-create-invoice"

/**
 * Inserts the invoice with the next gapless number. When the order already
 * has one, returns it with `created: false` (or throws CONFLICT, per
 * `if_exists`). Compensation gives back an invoice this step created: it is
 * deleted if its number is still the last one, voided otherwise.
 */
export const createInvoiceStep = createStep(
  createInvoiceStepId,
  async (input: CreateInvoiceStepInput, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const result = await invoicing.issueInvoice(
      input.snapshot,
      input.if_exists,
      input.actor,
      input.billable
    )

    return new StepResponse(result, result.created ? result.id : undefined)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }

    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    await invoicing.releaseInvoice(createdId)
  }
)
