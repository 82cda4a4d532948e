import { z } from "@medusajs/framework/zod"

export type AdminIssueInvoiceType = z.infer<typeof AdminIssueInvoice>
/** The invoice is made entirely from the order; the body takes nothing. */
export const AdminIssueInvoice = z.object({}).strict()
