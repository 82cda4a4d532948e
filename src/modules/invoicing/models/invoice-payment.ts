import { model } from "@medusajs/framework/utils"
import Invoice from "./invoice"

/**
 * One entry of an invoice's payment ledger. Signed amount in the invoice
 * currency: payments are positive, refunds negative, and a reversal carries
 * the opposite sign of the entry it reverses. Entries are never edited or
 * deleted; a mistake is corrected by a reversal.
 */
const InvoicePayment = model
  .define("invoice_payment", {
    id: model.id({ prefix: "invpay" }).primaryKey(),
    kind: model.enum(["payment", "refund", "reversal", "transfer"]),
    amount: model.bigNumber(),
    method: model.enum(["card", "bank_transfer", "cash", "check", "other"]),
    source: model.enum(["medusa", "manual"]),
    /** Medusa's capture or refund id for synced entries. */
    source_ref: model.text().nullable(),
    /** Free reference, e.g. the bank statement line of a transfer. */
    reference: model.text().nullable(),
    occurred_at: model.dateTime(),
    actor_type: model.enum(["user", "customer", "system"]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    reverses_id: model.text().nullable(),
    idempotency_key: model.text().nullable(),
    request_hash: model.text().nullable(),
    invoice: model.belongsTo(() => Invoice, { mappedBy: "payments" }),
  })
  .indexes([
    {
      on: ["source", "source_ref"],
      unique: true,
      where: "source_ref IS NOT NULL",
    },
    { on: ["reverses_id"], unique: true, where: "reverses_id IS NOT NULL" },
    {
      on: ["idempotency_key"],
      unique: true,
      where: "idempotency_key IS NOT NULL",
    },
  ])

export default InvoicePayment
