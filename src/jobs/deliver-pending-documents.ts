import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { sendDocumentEmailWorkflow } from "../workflows/send-document-email"

/**
 * Hourly: documents of the last 30 days whose PDF or e-mail after issue
 * failed (a provider was down, say) are delivered again. Sending is
 * idempotent, so a document is never e-mailed twice.
 */
export default async function deliverPendingDocumentsJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const pending = await invoicing.listUndeliveredDocuments(100)
  let failed = 0
  for (const id of pending) {
    const { errors } = await sendDocumentEmailWorkflow(container).run({
      input: { id, purpose: "issued" },
      throwOnError: false,
    })
    failed += errors.length ? 1 : 0
  }

  if (pending.length) {
    logger.info(
      `Invoicing delivery retry: ${pending.length - failed} of ${pending.length} pending document(s) delivered.`
    )
  }
}

export const config = {
  name: "invoicing-deliver-pending-documents",
  schedule: "40 * * * *",
}
