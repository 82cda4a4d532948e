import { z } from "@medusajs/framework/zod"
import {
  InvoicingOptions,
  numberFormatSchema,
  reminderDaysSchema,
  SellerDetails,
  sellerSchema,
} from "./options"
import { INVOICE_LANGUAGES, InvoiceLanguage } from "./utils/settings-rules"

/** The seller's settings that shape documents issued from now on. */
export type InvoicingSettings = {
  seller: SellerDetails
  logo_file_id: string | null
  footer: string | null
  default_language: InvoiceLanguage
  payment_terms_days: number
  number_format: string
  credit_note_number_format: string
  reminder_days: number[]
  updated_at: string | null
}

/**
 * A change of settings: every key optional; `seller` replaces the whole
 * seller block. Each rule names its field in the error.
 */
export const invoicingSettingsUpdateSchema = z
  .object({
    seller: sellerSchema.optional(),
    logo_file_id: z.string().min(1).max(200).nullable().optional(),
    footer: z.string().max(1000).nullable().optional(),
    default_language: z.enum(INVOICE_LANGUAGES).optional(),
    payment_terms_days: z.number().int().min(0).max(365).optional(),
    number_format: numberFormatSchema("number_format").optional(),
    credit_note_number_format: numberFormatSchema(
      "credit_note_number_format"
    ).optional(),
    reminder_days: reminderDaysSchema.optional(),
  })
  .strict()

export type InvoicingSettingsUpdate = z.infer<
  typeof invoicingSettingsUpdateSchema
>

/** The settings the plugin options give before any edit. */
export function settingsFromOptions(
  options: InvoicingOptions
): InvoicingSettings {
  return {
    seller: options.seller,
    logo_file_id: null,
    footer: options.footer ?? null,
    default_language: options.default_language,
    payment_terms_days: options.payment_terms_days,
    number_format: options.number_format,
    credit_note_number_format: options.credit_note_number_format,
    reminder_days: options.reminder_days,
    updated_at: null,
  }
}

/**
 * Applies a change to the current settings, or says what is wrong with the
 * result (`field: message`), e.g. two number formats that would collide.
 */
export function mergeSettings(
  current: InvoicingSettings,
  change: InvoicingSettingsUpdate
): InvoicingSettings | string {
  const next: InvoicingSettings = { ...current }
  for (const [key, value] of Object.entries(change)) {
    if (value !== undefined) {
      Object.assign(next, { [key]: value })
    }
  }

  if (next.number_format === next.credit_note_number_format) {
    return "credit_note_number_format: must differ from number_format, or numbers would collide"
  }

  return next
}

/** The settings as stored, without the row's bookkeeping columns. */
export function settingsFromRow(row: {
  seller: unknown
  logo_file_id: string | null
  footer: string | null
  default_language: string
  payment_terms_days: number
  number_format: string
  credit_note_number_format: string
  reminder_days: unknown
  updated_at: Date | string
}): InvoicingSettings {
  return {
    seller: row.seller as SellerDetails,
    logo_file_id: row.logo_file_id,
    footer: row.footer,
    default_language: row.default_language as InvoiceLanguage,
    payment_terms_days: row.payment_terms_days,
    number_format: row.number_format,
    credit_note_number_format: row.credit_note_number_format,
    reminder_days: row.reminder_days as number[],
    updated_at: new Date(row.updated_at).toISOString(),
  }
}
