import { z } from "@medusajs/framework/zod"

/**
 * An amount as a number or decimal string, at most 12 digits before the
 * point, so it is stored exactly.
 */
export const decimalAmount = z
  .union([
    z.number(),
    z.string().regex(/^-?\d+(\.\d+)?$/, "amount must be a decimal number"),
  ])
  .transform((value) => String(value))
  .refine(
    (value) => /^-?\d{1,12}(\.\d+)?$/.test(value),
    "amount must be a plain decimal with at most 12 digits before the point"
  )

/** Free text without NUL bytes (which PostgreSQL cannot store). */
export function plainText(field: string, max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => !value.includes("\u0000"), {
      message: `${field} must not contain NUL characters`,
    })
}

export type AdminRecordPaymentType = z.infer<typeof AdminRecordPayment>
/** A payment an admin records by hand (bank transfer, cash, check...). */
export const AdminRecordPayment = z
  .object({
    amount: decimalAmount,
    method: z.enum(["card", "bank_transfer", "cash", "check", "other"]),
    reference: plainText("reference", 200).pipe(z.string().min(1)).optional(),
    occurred_at: z.coerce.date().optional(),
    note: plainText("note", 2000).optional(),
    allow_overpayment: z.boolean().optional(),
  })
  .strict()

export type AdminReversePaymentType = z.infer<typeof AdminReversePayment>
/** Reverses a ledger entry recorded by mistake. */
export const AdminReversePayment = z
  .object({ reason: plainText("reason", 2000).pipe(z.string().min(1)) })
  .strict()

export type AdminRecordRefundType = z.infer<typeof AdminRecordRefund>
/** Money sent back outside Medusa (a bank transfer back, cash). */
export const AdminRecordRefund = AdminRecordPayment.omit({
  allow_overpayment: true,
})
