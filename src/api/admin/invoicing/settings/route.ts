import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"
import type { InvoicingSettingsUpdate } from "../../../../modules/invoicing/settings"
import { updateInvoicingSettingsWorkflow } from "../../../../workflows/update-invoicing-settings"

/**
 * `GET /admin/invoicing/settings`: the seller's settings and the numbers
 * the next invoice and credit note would take.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)

  res.json({
    settings: await invoicing.getSettings(),
    next_numbers: await invoicing.nextNumbers(),
  })
}

/**
 * `POST /admin/invoicing/settings`: changes the settings (every key
 * optional, `seller` replaces the seller block) and answers like GET.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<InvoicingSettingsUpdate>,
  res: MedusaResponse
) => {
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const { result } = await updateInvoicingSettingsWorkflow(req.scope).run({
    input: {
      change: req.validatedBody,
      actor_id: req.auth_context.actor_id,
    },
  })

  res.json({ settings: result, next_numbers: await invoicing.nextNumbers() })
}
