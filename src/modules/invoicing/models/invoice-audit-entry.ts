import { model } from "@medusajs/framework/utils"
import Invoice from "./invoice"

/**
 * One change of an invoice's state: what changed, its values before and
 * after, who did it and why. Rows are written by database triggers in the
 * transaction of the change itself, so no change goes unrecorded, and they
 * are never updated or deleted.
 */
const InvoiceAuditEntry = model
  .define("invoice_audit_entry", {
    id: model.id({ prefix: "invaud" }).primaryKey(),
    /** `issued`, or `updated` for a change of the status columns. */
    action: model.text(),
    /** What caused it, e.g. `payment_recorded`, `credit_note_issued`. */
    reason: model.text().nullable(),
    before: model.json().nullable(),
    after: model.json().nullable(),
    actor_type: model.enum(["user", "customer", "system"]),
    actor_id: model.text().nullable(),
    invoice: model.belongsTo(() => Invoice, { mappedBy: "audit_trail" }),
  })
  .indexes([{ on: ["invoice_id", "created_at"] }])

export default InvoiceAuditEntry
