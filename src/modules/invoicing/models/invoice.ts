import { model } from "@medusajs/framework/utils"
import InvoiceAuditEntry from "./invoice-audit-entry"
import InvoiceLine from "./invoice-line"
import InvoicePayment from "./invoice-payment"
import InvoiceTaxRow from "./invoice-tax-row"

/**
 * An issued billing document. Everything but the status fields is a frozen
 * snapshot taken at issue; the database refuses updates to it (see the
 * migration's trigger).
 */
const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    number: model.text(),
    series: model.text(),
    year: model.number(),
    sequence: model.number(),
    kind: model.enum(["invoice", "credit_note"]).default("invoice"),
    /**
     * Why the document exists: `order` (the order's primary invoice),
     * `order_change` (an edit, return, claim or exchange), `cancellation`
     * or `manual` (a credit note an admin issued).
     */
    origin: model
      .enum(["order", "order_change", "cancellation", "manual"])
      .default("order"),
    /** The invoice a credit note corrects. */
    corrects_invoice_id: model.text().nullable(),
    /** Why a credit note was issued, printed on it. */
    reason: model.text().nullable(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    currency_code: model.text(),
    status: model.enum(["issued", "void", "credited"]).default("issued"),
    payment_status: model
      .enum(["unpaid", "partially_paid", "paid", "overpaid"])
      .default("unpaid"),
    display_status: model
      .enum([
        "invoiced",
        "partially_paid",
        "paid",
        "overdue",
        "credited",
        "void",
      ])
      .default("invoiced"),
    issue_date: model.text(),
    due_date: model.text(),
    payment_terms_days: model.number(),
    issued_at: model.dateTime(),
    seller: model.json(),
    billing_address: model.json().nullable(),
    shipping_address: model.json().nullable(),
    item_subtotal: model.bigNumber(),
    shipping_subtotal: model.bigNumber(),
    subtotal: model.bigNumber(),
    discount_total: model.bigNumber(),
    tax_total: model.bigNumber(),
    total: model.bigNumber(),
    amount_paid: model.bigNumber().default(0),
    amount_refunded: model.bigNumber().default(0),
    amount_credited: model.bigNumber().default(0),
    balance: model.bigNumber(),
    reminder_level: model.number().default(0),
    /** The rendered PDF in Medusa's File Module, once produced. */
    pdf_file_id: model.text().nullable(),
    /** When the document was e-mailed to the buyer after issue. */
    emailed_at: model.dateTime().nullable(),
    lines: model.hasMany(() => InvoiceLine, { mappedBy: "invoice" }),
    tax_rows: model.hasMany(() => InvoiceTaxRow, { mappedBy: "invoice" }),
    payments: model.hasMany(() => InvoicePayment, { mappedBy: "invoice" }),
    audit_trail: model.hasMany(() => InvoiceAuditEntry, {
      mappedBy: "invoice",
    }),
    metadata: model.json().nullable(),
  })
  .cascades({ delete: ["lines", "tax_rows", "payments", "audit_trail"] })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["order_id"] },
    { on: ["customer_id"] },
    { on: ["display_status"] },
    { on: ["corrects_invoice_id"] },
  ])

export default Invoice
