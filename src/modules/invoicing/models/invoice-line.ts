import { model } from "@medusajs/framework/utils"
import Invoice from "./invoice"

/** One printed line of an invoice: a line item or a shipping method. */
const InvoiceLine = model.define("invoice_line", {
  id: model.id({ prefix: "invl" }).primaryKey(),
  position: model.number(),
  line_type: model.enum(["item", "shipping"]),
  source_id: model.text().nullable(),
  /** On a credit note: the invoice line it credits. */
  corrects_line_id: model.text().nullable(),
  title: model.text(),
  description: model.text().nullable(),
  sku: model.text().nullable(),
  variant_id: model.text().nullable(),
  product_id: model.text().nullable(),
  quantity: model.bigNumber(),
  unit_price: model.bigNumber(),
  is_tax_inclusive: model.boolean().default(false),
  subtotal: model.bigNumber(),
  discount_total: model.bigNumber(),
  tax_total: model.bigNumber(),
  total: model.bigNumber(),
  tax_rate: model.bigNumber(),
  tax_lines: model.json(),
  invoice: model.belongsTo(() => Invoice, { mappedBy: "lines" }),
})

export default InvoiceLine
