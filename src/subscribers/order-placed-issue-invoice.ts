import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { issueInvoiceWorkflow } from "../workflows/issue-invoice"

/**
 * Issues the invoice of every placed order. Redelivered or concurrent
 * events are harmless: the workflow issues at most one invoice per order.
 */
export default async function orderPlacedIssueInvoiceHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await issueInvoiceWorkflow(container).run({
    input: { order_id: data.id },
  })

  if (result?.created) {
    logger.info(`Invoice ${result.number} issued for order ${data.id}.`)
  } else if (result) {
    logger.info(
      `Order ${data.id} already has invoice ${result.number}; nothing issued.`
    )
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "invoicing-order-placed-issue-invoice" },
}
