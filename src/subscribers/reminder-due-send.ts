import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { InvoicingEvents } from "../events"
import { sendDocumentEmailWorkflow } from "../workflows/send-document-email"

/**
 * Sends the payment reminder of a level with the invoice attached, once
 * per invoice and level. A failure is logged; a redelivered event retries.
 */
export default async function reminderDueSendHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; level: number }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { errors } = await sendDocumentEmailWorkflow(container).run({
    input: { id: data.id, purpose: "reminder", level: data.level },
    throwOnError: false,
  })
  if (errors.length) {
    logger.error(
      `Invoicing could not send reminder ${data.level} of invoice ${data.id}: ${errors[0].error?.message ?? errors[0].error}`
    )
  }
}

export const config: SubscriberConfig = {
  event: InvoicingEvents.REMINDER_DUE,
  context: { subscriberId: "invoicing-reminder-due-send" },
}
