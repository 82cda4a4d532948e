import { z } from "@medusajs/framework/zod"

const decimal = z
  .union([
    z.number(),
    z.string().regex(/^-?\d+(\.\d+)?$/, "amount must be a decimal number"),
  ])
  .transform((value) => String(value))

export type AdminRecordPaymentType = z.infer<typeof AdminRecordPayment>
/** A payment an admin records by hand (bank transfer, cash, check...). */
export const AdminRecordPayment = z
  .object({
    amount: decimal,
    method: z.enum(["card", "bank_transfer", "cash", "check", "other"]),
    reference: z.string().min(1).max(200).optional(),
    occurred_at: z.coerce.date().optional(),
    note: z.string().max(2000).optional(),
    allow_overpayment: z.boolean().optional(),
  })
  .strict()

export type AdminReversePaymentType = z.infer<typeof AdminReversePayment>
/** Reverses a ledger entry recorded by mistake. */
export const AdminReversePayment = z
  .object({ reason: z.string().min(1).max(2000) })
  .strict()
