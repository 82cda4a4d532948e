import { model } from "@medusajs/framework/utils"

/**
 * The seller's settings as admins edit them (one row). Until the first
 * edit the plugin options stand in. Issued documents keep the seller block
 * they were issued with; these settings only shape later ones.
 */
const InvoicingSettings = model.define("invoicing_settings", {
  id: model.id({ prefix: "invset" }).primaryKey(),
  seller: model.json(),
  /** A file of Medusa's File Module, printed on documents. */
  logo_file_id: model.text().nullable(),
  footer: model.text().nullable(),
  default_language: model.text(),
  payment_terms_days: model.number(),
  number_format: model.text(),
  credit_note_number_format: model.text(),
  reminder_days: model.json(),
  updated_by: model.text().nullable(),
})

export default InvoicingSettings
