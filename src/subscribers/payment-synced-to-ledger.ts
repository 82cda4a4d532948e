import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncOrderPaymentsWorkflow } from "../workflows/sync-order-payments"

/**
 * Records Medusa captures and refunds in the ledger of the order's invoice.
 * The events carry the payment id; the order is reached through the
 * payment collection.
 */
export default async function paymentSyncedToLedgerHandler({
  event: { data, name },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: data.id },
  })
  const orderId = payments[0]?.payment_collection?.order?.id
  if (!orderId) {
    logger.warn(`Invoicing ignored ${name} for payment ${data.id}: no order.`)

    return
  }

  await syncOrderPaymentsWorkflow(container).run({
    input: { order_id: orderId },
  })
}

export const config: SubscriberConfig = {
  event: ["payment.captured", "payment.refunded"],
  context: { subscriberId: "invoicing-payment-synced-to-ledger" },
}
