import { model } from "@medusajs/framework/utils"

/**
 * The last number taken in a series and calendar year. Numbers are drawn by
 * an atomic upsert on this row inside the transaction that inserts the
 * invoice, so a rolled-back issue gives its number back.
 */
const InvoiceNumberCounter = model
  .define("invoice_number_counter", {
    id: model.id({ prefix: "invcnt" }).primaryKey(),
    series: model.text(),
    year: model.number(),
    last_value: model.number().default(0),
  })
  .indexes([{ on: ["series", "year"], unique: true }])

export default InvoiceNumberCounter
