import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { correctOrderInvoicesWorkflow } from "../workflows/correct-order-invoices"
import { syncOrderPaymentsWorkflow } from "../workflows/sync-order-payments"

/** The order events after which billed value may have changed. */
export const ORDER_CHANGE_EVENTS: Record<string, string> = {
  "order.canceled": "Order canceled",
  "order-edit.confirmed": "Order edit confirmed",
  "order.return_received": "Return received",
  "order.claim_created": "Claim created",
  "order.exchange_created": "Exchange created",
}

/**
 * Keeps the order's invoices true when the order changes after issue:
 * removed value is credited, added value billed on a new invoice. The
 * workflow compares the order with its documents, so a redelivered event
 * issues nothing twice.
 */
export default async function orderChangedCorrectInvoicesHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orderId = data.order_id ?? data.id
  if (!orderId) {
    logger.warn(`Invoicing ignored ${name}: the event names no order.`)

    return
  }

  const { result, errors } = await correctOrderInvoicesWorkflow(container).run({
    input: { order_id: orderId, reason: ORDER_CHANGE_EVENTS[name] ?? name },
    throwOnError: false,
  })
  if (errors.length) {
    logger.error(
      `Invoicing could not correct the invoices of order ${orderId} after ${name}: ${errors[0].error?.message ?? errors[0].error}`
    )
    // Money movements must land in the ledgers even so: Medusa refunds a
    // canceled order without an event of its own.
    await syncOrderPaymentsWorkflow(container).run({
      input: { order_id: orderId },
    })

    return
  }

  const issued = [...result.credit_notes, ...result.invoices]
  if (issued.length) {
    logger.info(
      `Order ${orderId} (${name}): issued ${issued.map((d) => d.number).join(", ")}.`
    )
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(ORDER_CHANGE_EVENTS),
  context: { subscriberId: "invoicing-order-changed-correct-invoices" },
}
