import { z } from "@medusajs/framework/zod"
import { isValidTimeZone } from "./utils/dates"
import {
  INVOICE_LANGUAGES,
  isCountryCode,
  isValidBic,
  isValidIban,
  isValidVatNumber,
  normalizeIban,
} from "./utils/settings-rules"
import {
  DEFAULT_CREDIT_NOTE_NUMBER_FORMAT,
  DEFAULT_NUMBER_FORMAT,
  validateNumberFormat,
} from "./utils/numbering"

/** The seller block printed on invoices; options and settings share it. */
export const sellerSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    address_1: z.string().optional(),
    address_2: z.string().optional(),
    postal_code: z.string().optional(),
    city: z.string().optional(),
    province: z.string().optional(),
    country_code: z
      .string()
      .refine(
        isCountryCode,
        "seller.country_code must be an ISO 3166-1 alpha-2 country code"
      )
      .transform((code) => code.toLowerCase())
      .optional(),
    vat_number: z
      .string()
      .refine(
        isValidVatNumber,
        "seller.vat_number must be a VAT id: a two-letter country prefix and 2 to 13 letters or digits"
      )
      .optional(),
    tax_id: z.string().optional(),
    registration_number: z.string().optional(),
    email: z
      .string()
      .email({ message: "seller.email must be an e-mail address" })
      .optional(),
    phone: z.string().optional(),
    iban: z
      .string()
      .refine(
        isValidIban,
        "seller.iban must be an IBAN with valid check digits"
      )
      .transform(normalizeIban)
      .optional(),
    bic: z
      .string()
      .refine(isValidBic, "seller.bic must be a BIC of 8 or 11 characters")
      .optional(),
    payment_instructions: z.string().max(1000).optional(),
  })
  .strict()

/** A number format, checked for its tokens; messages name `field`. */
export function numberFormatSchema(field: string) {
  return z
    .string()
    .max(60)
    .superRefine((format, ctx) => {
      const problem = validateNumberFormat(format)
      if (problem) {
        ctx.addIssue({ code: "custom", message: `${field} ${problem}` })
      }
    })
}

/** Reminder days after the due date, in increasing order. */
export const reminderDaysSchema = z
  .array(z.number().int().min(0).max(3650))
  .max(10)
  .refine(
    (days) => days.every((d, i) => i === 0 || d > days[i - 1]),
    "reminder_days must list days after the due date in increasing order"
  )

/** Options of the invoicing plugin, as given in `medusa-config.ts`. */
export const invoicingOptionsSchema = z
  .object({
    seller: sellerSchema.default({ name: "My Store" }),
    number_format: numberFormatSchema("number_format").default(
      DEFAULT_NUMBER_FORMAT
    ),
    credit_note_number_format: numberFormatSchema(
      "credit_note_number_format"
    ).default(DEFAULT_CREDIT_NOTE_NUMBER_FORMAT),
    allow_void: z.boolean().default(false),
    payment_terms_days: z.number().int().min(0).max(365).default(14),
    reminder_days: reminderDaysSchema.default([3, 14, 30]),
    default_language: z.enum(INVOICE_LANGUAGES).default("en"),
    /** Notification template of the e-mail that carries a new document. */
    email_template: z.string().min(1).default("invoice-issued"),
    /** Notification template of a payment reminder. */
    reminder_email_template: z.string().min(1).default("invoice-reminder"),
    footer: z.string().max(1000).optional(),
    timezone: z
      .string()
      .default("UTC")
      .refine(
        isValidTimeZone,
        "must be an IANA time zone such as Europe/Berlin"
      ),
  })
  .strict()
  .refine((o) => o.number_format !== o.credit_note_number_format, {
    path: ["credit_note_number_format"],
    message: "must differ from number_format, or numbers would collide",
  })

/** Keys Medusa itself adds to every module's options. */
const MEDUSA_INJECTED_KEYS = ["database", "scope", "resources", "definition"]

export type InvoicingOptions = z.infer<typeof invoicingOptionsSchema>
export type InvoicingOptionsInput = z.input<typeof invoicingOptionsSchema>
export type SellerDetails = InvoicingOptions["seller"]

/**
 * Validates the plugin options and fills in defaults. Throws an error whose
 * message names every wrong option, e.g.
 * `medusa-plugin-invoicing: invalid option "payment_terms_days": ...`.
 */
export function parseInvoicingOptions(raw: unknown): InvoicingOptions {
  const own = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(
      ([key]) => !MEDUSA_INJECTED_KEYS.includes(key)
    )
  )
  const result = invoicingOptionsSchema.safeParse(own)
  if (result.success) {
    return result.data
  }

  const problems = result.error.issues.map((issue) => {
    const keys = "keys" in issue ? (issue.keys as string[]).join(", ") : ""
    const path = issue.path.join(".") || keys || "(options)"

    return `invalid option "${path}": ${issue.message}`
  })

  throw new Error(`medusa-plugin-invoicing: ${problems.join("; ")}`)
}
