import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import {
  billableLines,
  buildInvoiceSnapshot,
  OrderForInvoice,
  SnapshotSettings,
} from "../../modules/invoicing/utils/snapshot"

export const prepareInvoiceSnapshotStepId = "invoicing-prepare-invoice-snapshot"

/**
 * Freezes the order into an invoice snapshot with the plugin's seller
 * details, payment terms and time zone. Pure computation, no compensation.
 */
export const prepareInvoiceSnapshotStep = createStep(
  prepareInvoiceSnapshotStepId,
  async (order: OrderForInvoice, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)

    return new StepResponse(
      buildInvoiceSnapshot(order, await snapshotSettings(invoicing), new Date())
    )
  }
)

export const prepareOrderCorrectionStepId = "invoicing-prepare-order-correction"

/**
 * What an order bills now: the snapshot of its parties and terms and its
 * billable lines (none when canceled). Pure computation, no compensation.
 */
export const prepareOrderCorrectionStep = createStep(
  prepareOrderCorrectionStepId,
  async (order: OrderForInvoice, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)

    return new StepResponse({
      snapshot: buildInvoiceSnapshot(
        order,
        await snapshotSettings(invoicing),
        new Date()
      ),
      billable: billableLines(order),
    })
  }
)

/** The seller's current settings and the store's time zone. */
async function snapshotSettings(
  invoicing: InvoicingModuleService
): Promise<SnapshotSettings> {
  const settings = await invoicing.getSettings()

  // The footer and logo are frozen with the seller, as printed at issue.
  return {
    seller: {
      ...settings.seller,
      ...(settings.footer ? { footer: settings.footer } : {}),
      ...(settings.logo_file_id ? { logo_file_id: settings.logo_file_id } : {}),
    } as SnapshotSettings["seller"],
    payment_terms_days: settings.payment_terms_days,
    timezone: invoicing.getOptions().timezone,
  }
}
