/** The seller block printed on documents. */
export type SellerDetails = {
  name: string
  address_1?: string
  address_2?: string
  postal_code?: string
  city?: string
  province?: string
  country_code?: string
  vat_number?: string
  tax_id?: string
  registration_number?: string
  email?: string
  phone?: string
  iban?: string
  bic?: string
  payment_instructions?: string
}

/** The PDF languages the plugin prints. */
export const INVOICE_LANGUAGES = ["en", "de", "fr", "es", "nl"] as const

export type InvoiceLanguage = (typeof INVOICE_LANGUAGES)[number]

/** The seller's settings as `GET /admin/invoicing/settings` returns them. */
export type InvoicingSettings = {
  seller: SellerDetails
  logo_file_id: string | null
  footer: string | null
  default_language: InvoiceLanguage
  payment_terms_days: number
  number_format: string
  credit_note_number_format: string
  reminder_days: number[]
}

/** The number the next document of a series would take. */
export type NextNumber = { year: number; sequence: number; number: string }

/** `GET` and `POST /admin/invoicing/settings`. */
export type SettingsResponse = {
  settings: InvoicingSettings
  next_numbers: { invoice: NextNumber; credit_note: NextNumber }
}

/** A change of settings: every key optional. */
export type SettingsUpdate = Partial<Omit<InvoicingSettings, "seller">> & {
  seller?: SellerDetails
}
