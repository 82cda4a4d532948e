import { z } from "@medusajs/framework/zod"
import { isValidTimeZone } from "./utils/dates"
import {
  DEFAULT_CREDIT_NOTE_NUMBER_FORMAT,
  DEFAULT_NUMBER_FORMAT,
  validateNumberFormat,
} from "./utils/numbering"

const sellerSchema = z
  .object({
    name: z.string().min(1),
    address_1: z.string().optional(),
    address_2: z.string().optional(),
    postal_code: z.string().optional(),
    city: z.string().optional(),
    province: z.string().optional(),
    country_code: z.string().length(2).optional(),
    vat_number: z.string().optional(),
    tax_id: z.string().optional(),
    registration_number: z.string().optional(),
    email: z.string().email().optional(),
    phone: z.string().optional(),
  })
  .strict()

/** Options of the invoicing plugin, as given in `medusa-config.ts`. */
export const invoicingOptionsSchema = z
  .object({
    seller: sellerSchema.default({ name: "My Store" }),
    number_format: z
      .string()
      .default(DEFAULT_NUMBER_FORMAT)
      .superRefine((format, ctx) => {
        const problem = validateNumberFormat(format)
        if (problem) {
          ctx.addIssue({ code: "custom", message: problem })
        }
      }),
    credit_note_number_format: z
      .string()
      .default(DEFAULT_CREDIT_NOTE_NUMBER_FORMAT)
      .superRefine((format, ctx) => {
        const problem = validateNumberFormat(format)
        if (problem) {
          ctx.addIssue({ code: "custom", message: problem })
        }
      }),
    allow_void: z.boolean().default(false),
    payment_terms_days: z.number().int().min(0).max(365).default(14),
    reminder_days: z
      .array(z.number().int().min(0).max(3650))
      .default([3, 14, 30])
      .refine(
        (days) => days.every((d, i) => i === 0 || d > days[i - 1]),
        "must list days after the due date in increasing order"
      ),
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
