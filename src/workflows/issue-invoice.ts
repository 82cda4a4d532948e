import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { InvoicingEvents } from "../events"
import type {
  ActorInput,
  IfInvoiceExists,
  IssueInvoiceResult,
} from "../modules/invoicing/types"
import {
  createInvoiceStep,
  loadOrderForInvoiceStep,
  prepareOrderCorrectionStep,
} from "./steps"
import { syncOrderPaymentsWorkflow } from "./sync-order-payments"

export type IssueInvoiceWorkflowInput = {
  order_id: string
  /**
   * `"return"` (default): an order that already has an invoice is a no-op,
   * and a missing, draft or canceled order is skipped with a warning.
   * `"throw"`: both answer with an error (CONFLICT, NOT_FOUND, NOT_ALLOWED).
   */
  if_exists?: IfInvoiceExists
  /** Who issues it, for the audit trail; the system by default. */
  actor?: ActorInput
}

export const issueInvoiceWorkflowId = "invoicing-issue-invoice"

/**
 * Issues the invoice of an order: re-reads the order, freezes the snapshot,
 * takes the next number and stores the invoice, then emits
 * `invoice.issued`. Safe to run twice for the same order: the second run
 * returns the first invoice and emits nothing.
 *
 * @example
 * const { result } = await issueInvoiceWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 * // result: { id, number, created } or null when the order was skipped
 */
export const issueInvoiceWorkflow = createWorkflow(
  issueInvoiceWorkflowId,
  (input: IssueInvoiceWorkflowInput) => {
    const strict = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      strict: input.if_exists === "throw",
      if_exists: input.if_exists ?? ("return" as const),
    }))
    const order = loadOrderForInvoiceStep(strict)

    const issued = when(
      "invoicing-order-is-invoiceable",
      { order },
      ({ order }) => !!order
    ).then(() => {
      const prepared = prepareOrderCorrectionStep(order!)

      return createInvoiceStep(
        transform(
          { prepared, strict, input },
          ({ prepared, strict, input }) => ({
            snapshot: prepared.snapshot,
            billable: prepared.billable,
            if_exists: strict.if_exists,
            actor: input.actor,
          })
        )
      )
    })

    when(
      "invoicing-invoice-was-created",
      { issued },
      ({ issued }) => !!issued?.created
    ).then(() => {
      emitEventStep({
        eventName: InvoicingEvents.INVOICE_ISSUED,
        data: transform({ issued }, ({ issued }) => ({ id: issued!.id })),
      })
      // Captures made before the invoice existed land in its ledger now.
      syncOrderPaymentsWorkflow.runAsStep({
        input: transform({ strict }, ({ strict }) => ({
          order_id: strict.order_id,
        })),
      })
    })

    return new WorkflowResponse(
      transform(
        { issued },
        ({ issued }): IssueInvoiceResult | null => issued ?? null
      )
    )
  }
)
