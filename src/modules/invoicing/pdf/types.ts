/** Languages the PDF labels exist in. */
export type PdfLocale = "en" | "de" | "fr" | "es" | "nl"

/** An exact decimal: a number or a decimal string such as `"10.29"`. */
export type PdfAmount = number | string

/** The seller block, as frozen into the document at issue. */
export type PdfSeller = {
  name: string
  address_1?: string
  address_2?: string
  postal_code?: string
  city?: string
  province?: string
  /** ISO 3166-1 alpha-2, any case. */
  country_code?: string
  vat_number?: string
  tax_id?: string
  registration_number?: string
  email?: string
  phone?: string
  iban?: string
  bic?: string
  payment_instructions?: string
  footer?: string
}

/**
 * A postal address as Medusa stores it: `first_name`, `last_name`,
 * `company`, `address_1`, `address_2`, `postal_code`, `city`, `province`,
 * `country_code`, `phone`.
 */
export type PdfAddress = Record<string, string | undefined>

/** One row of the line table. Amounts are major-unit decimals. */
export type PdfLine = {
  position: number
  line_type: "item" | "shipping"
  title: string
  description?: string | null
  sku?: string | null
  quantity: PdfAmount
  unit_price: PdfAmount
  discount_total: PdfAmount
  /** Percent, `19` for 19 %. */
  tax_rate: PdfAmount
  total: PdfAmount
}

/** One row of the tax summary: the net and the tax at one rate. */
export type PdfTaxRow = {
  name?: string | null
  code?: string | null
  rate: PdfAmount
  taxable_amount: PdfAmount
  tax_amount: PdfAmount
}

/**
 * Everything an invoice or credit note PDF prints. The renderer computes
 * nothing: amounts are printed as given, rounded to the currency's minor
 * unit for display only.
 */
export type PdfDocumentInput = {
  kind: "invoice" | "credit_note"
  number: string
  /** `YYYY-MM-DD` calendar date, printed as a date without time zone. */
  issue_date: string
  /** `YYYY-MM-DD`; printed on invoices only. */
  due_date: string
  /** The PDF's CreationDate and ModDate, so output is byte-identical. */
  issued_at: string | Date
  order_display_id: number | null
  /** Credit notes: the number of the invoice they correct. */
  corrects_invoice_number?: string | null
  /** Credit notes: why they were issued. */
  reason?: string | null
  /** Lower-case ISO 4217 code. */
  currency_code: string
  seller: PdfSeller
  billing_address: PdfAddress | null
  shipping_address?: PdfAddress | null
  buyer_vat_number?: string | null
  email?: string | null
  lines: PdfLine[]
  tax_rows: PdfTaxRow[]
  subtotal: PdfAmount
  discount_total: PdfAmount
  tax_total: PdfAmount
  total: PdfAmount
  amount_paid: PdfAmount
  amount_credited: PdfAmount
  balance: PdfAmount
  /** Free text printed under the totals, in any script. */
  note?: string | null
}

/** How to render: the label language and an optional PNG or JPEG logo. */
export type PdfRenderOptions = {
  locale: PdfLocale
  logo?: Buffer | null
}
