import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markOverdueInvoicesWorkflow } from "../workflows/mark-overdue-invoices"

/** Daily overdue check; reports its counts in one `info` line. */
export default async function markOverdueInvoicesJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await markOverdueInvoicesWorkflow(container).run({
    input: {},
  })

  logger.info(
    `Invoicing overdue check as of ${result.as_of}: ${result.overdue.length} invoice(s) became overdue, ${result.reminders.length} reminder(s) due.`
  )
}

export const config = {
  name: "invoicing-mark-overdue-invoices",
  schedule: "15 0 * * *",
}
