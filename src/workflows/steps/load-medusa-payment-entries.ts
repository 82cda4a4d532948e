import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  LedgerEntryInput,
  PaymentMethod,
} from "../../modules/invoicing/types"

type MedusaMoneyMovement = {
  id: string
  amount: number | string
  raw_amount?: Record<string, unknown> | null
  created_at: string | Date
  created_by?: string | null
  note?: string | null
}

type MedusaPayment = {
  provider_id: string
  captures?: MedusaMoneyMovement[] | null
  refunds?: MedusaMoneyMovement[] | null
}

export const loadMedusaPaymentEntriesStepId =
  "invoicing-load-medusa-payment-entries"

/**
 * Reads every capture and refund of an order's payment collections and
 * turns them into ledger entries for the order's invoices, keyed by Medusa's
 * capture or refund id (so recording them again is a no-op). Returns no
 * entries when the order has no invoice yet: the invoice picks them up when
 * it is issued. Reads only, so no compensation.
 */
export const loadMedusaPaymentEntriesStep = createStep(
  loadMedusaPaymentEntriesStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: invoices }, { data: orders }] = await Promise.all([
      query.graph({
        entity: "invoice",
        fields: ["id"],
        filters: {
          order_id: input.order_id,
          kind: "invoice",
          status: { $ne: "void" },
        },
      }),
      query.graph({
        entity: "order",
        fields: [
          "payment_collections.payments.provider_id",
          "payment_collections.payments.captures.*",
          "payment_collections.payments.refunds.*",
        ],
        filters: { id: input.order_id },
      }),
    ])
    const invoiceId = invoices[0]?.id as string | undefined
    if (!invoiceId || !orders[0]) {
      return new StepResponse([] as LedgerEntryInput[])
    }

    const collections: ({ payments?: unknown[] | null } | null)[] =
      orders[0].payment_collections ?? []
    const payments = collections.flatMap(
      (pc) => (pc?.payments ?? []).filter(Boolean) as MedusaPayment[]
    )

    return new StepResponse(
      payments.flatMap((payment: MedusaPayment) =>
        toEntries(input.order_id, payment)
      )
    )
  }
)

function toEntries(
  orderId: string,
  payment: MedusaPayment
): LedgerEntryInput[] {
  const method = methodOf(payment.provider_id)
  const entry = (kind: "payment" | "refund", m: MedusaMoneyMovement) => ({
    // The module picks which of the order's invoices it belongs to.
    invoice_id: "",
    order_id: orderId,
    kind,
    amount: String(m.raw_amount?.value ?? m.amount),
    method,
    source: "medusa" as const,
    source_ref: m.id,
    occurred_at: new Date(m.created_at),
    actor_type: m.created_by ? ("user" as const) : ("system" as const),
    actor_id: m.created_by ?? null,
    note: m.note ?? null,
  })

  return [
    ...(payment.captures ?? []).map((c) => entry("payment", c)),
    ...(payment.refunds ?? []).map((r) => entry("refund", r)),
  ]
}

/** Medusa's system provider stands for money taken outside Medusa. */
function methodOf(providerId: string): PaymentMethod {
  return providerId === "pp_system_default" ? "other" : "card"
}
