import type {
  InvoiceLanguage,
  InvoicingSettings,
  SellerDetails,
} from "./settings-types"

/** The seller fields in form order, with their labels. */
export const SELLER_FIELDS = [
  { key: "name", label: "Company name" },
  { key: "address_1", label: "Address line 1" },
  { key: "address_2", label: "Address line 2" },
  { key: "postal_code", label: "Postal code" },
  { key: "city", label: "City" },
  { key: "province", label: "Province or state" },
  { key: "country_code", label: "Country code" },
  { key: "vat_number", label: "VAT number" },
  { key: "tax_id", label: "Tax ID" },
  { key: "registration_number", label: "Registration number" },
  { key: "email", label: "E-mail" },
  { key: "phone", label: "Phone" },
  { key: "iban", label: "IBAN" },
  { key: "bic", label: "BIC" },
  { key: "payment_instructions", label: "Payment instructions" },
] as const satisfies readonly { key: keyof SellerDetails; label: string }[]

export type SellerKey = (typeof SELLER_FIELDS)[number]["key"]

/** The settings form as typed: every input is text until it is sent. */
export type SettingsDraft = {
  seller: Record<SellerKey, string>
  footer: string
  default_language: InvoiceLanguage
  payment_terms_days: string
  number_format: string
  credit_note_number_format: string
  reminder_days: string
}

/** Every field an API message can name, for showing it at its input. */
export const SETTINGS_FIELDS = [
  ...SELLER_FIELDS.map((f) => `seller.${f.key}`),
  "logo_file_id",
  "footer",
  "default_language",
  "payment_terms_days",
  "number_format",
  "credit_note_number_format",
  "reminder_days",
]

/** The form's starting values from the stored settings. */
export function toDraft(settings: InvoicingSettings): SettingsDraft {
  const seller = Object.fromEntries(
    SELLER_FIELDS.map(({ key }) => [key, settings.seller[key] ?? ""])
  ) as Record<SellerKey, string>

  return {
    seller,
    footer: settings.footer ?? "",
    default_language: settings.default_language,
    payment_terms_days: String(settings.payment_terms_days),
    number_format: settings.number_format,
    credit_note_number_format: settings.credit_note_number_format,
    reminder_days: settings.reminder_days.join(", "),
  }
}

/**
 * The body of `POST /admin/invoicing/settings` from the form. Empty
 * seller fields are left out (the API would refuse an empty e-mail or
 * country). Numbers that do not parse are sent as typed, so that the API
 * answers with its own message naming the field.
 */
export function toPayload(draft: SettingsDraft): Record<string, unknown> {
  const seller = Object.fromEntries(
    Object.entries(draft.seller)
      .map(([key, value]) => [key, value.trim()])
      .filter(([key, value]) => key === "name" || value !== "")
  )
  const terms = draft.payment_terms_days.trim()
  const days = draft.reminder_days.split(/[\s,]+/).filter(Boolean)

  return {
    seller,
    footer: draft.footer.trim() || null,
    default_language: draft.default_language,
    payment_terms_days: /^\d+$/.test(terms) ? Number(terms) : terms,
    number_format: draft.number_format,
    credit_note_number_format: draft.credit_note_number_format,
    reminder_days: days.every((d) => /^\d+$/.test(d))
      ? days.map(Number)
      : draft.reminder_days,
  }
}
