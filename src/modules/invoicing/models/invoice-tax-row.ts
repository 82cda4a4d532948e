import { model } from "@medusajs/framework/utils"
import Invoice from "./invoice"

/** The tax of one rate over the whole invoice: base, rate and amount. */
const InvoiceTaxRow = model.define("invoice_tax_row", {
  id: model.id({ prefix: "invtax" }).primaryKey(),
  code: model.text().nullable(),
  name: model.text().nullable(),
  rate: model.bigNumber(),
  taxable_amount: model.bigNumber(),
  tax_amount: model.bigNumber(),
  invoice: model.belongsTo(() => Invoice, { mappedBy: "tax_rows" }),
})

export default InvoiceTaxRow
