import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { InvoicingEvents } from "../events"
import { sendDocumentEmailWorkflow } from "../workflows/send-document-email"

/**
 * After an invoice or credit note is issued (and committed), renders its
 * PDF once and e-mails it to the buyer. A failure is logged with the
 * document id and never touches the document: the hourly delivery job and
 * the next download try again.
 */
export default async function documentIssuedDeliverHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { errors } = await sendDocumentEmailWorkflow(container).run({
    input: { id: data.id, purpose: "issued" },
    throwOnError: false,
  })
  if (errors.length) {
    logger.error(
      `Invoicing could not deliver document ${data.id} after ${name}: ${errors[0].error?.message ?? errors[0].error}`
    )
  }
}

export const config: SubscriberConfig = {
  event: [InvoicingEvents.INVOICE_ISSUED, InvoicingEvents.CREDIT_NOTE_ISSUED],
  context: { subscriberId: "invoicing-document-issued-deliver" },
}
