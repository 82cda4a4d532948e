import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  invoiceBlocker,
  OrderForInvoice,
} from "../../modules/invoicing/utils/snapshot"

export type LoadOrderForInvoiceStepInput = {
  order_id: string
  /** Throw instead of skipping when the order cannot be invoiced. */
  strict?: boolean
  /** Load a canceled order too (to credit its invoices). */
  allow_canceled?: boolean
}

/** Fields of an order that the invoice snapshot is built from. */
export const ORDER_FIELDS_FOR_INVOICE = [
  "id",
  "display_id",
  "status",
  "is_draft_order",
  "email",
  "customer_id",
  "currency_code",
  "locale",
  "subtotal",
  "tax_total",
  "total",
  "billing_address.*",
  "shipping_address.*",
  "items.*",
  "items.subtotal",
  "items.discount_subtotal",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.detail.return_received_quantity",
  "items.detail.written_off_quantity",
  "customer.groups.metadata",
  "shipping_methods.*",
  "shipping_methods.subtotal",
  "shipping_methods.discount_subtotal",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
]

export const loadOrderForInvoiceStepId = "invoicing-load-order-for-invoice"

/**
 * Re-reads an order with Query, since events carry only its id. Returns
 * `null` for a missing, draft or canceled order after a `warn` log; with
 * `strict` it throws instead (NOT_FOUND or NOT_ALLOWED). Reads only, so it
 * needs no compensation.
 */
export const loadOrderForInvoiceStep = createStep(
  loadOrderForInvoiceStepId,
  async (input: LoadOrderForInvoiceStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const { data } = await query.graph({
      entity: "order",
      fields: ORDER_FIELDS_FOR_INVOICE,
      filters: { id: input.order_id },
    })
    const order = (data[0] ?? null) as OrderForInvoice | null
    const blocker = order ? invoiceBlocker(order) : ("missing" as const)
    const problem =
      blocker === "canceled" && input.allow_canceled ? null : blocker

    if (!problem) {
      return new StepResponse(order)
    }

    if (input.strict) {
      throw new MedusaError(
        problem === "missing"
          ? MedusaError.Types.NOT_FOUND
          : MedusaError.Types.NOT_ALLOWED,
        problem === "missing"
          ? `Order with id: ${input.order_id} was not found.`
          : `Order ${input.order_id} is ${problem} and cannot be invoiced.`
      )
    }

    logger.warn(
      `Invoicing skipped order ${input.order_id}: the order is ${problem}.`
    )

    return new StepResponse(null)
  }
)
