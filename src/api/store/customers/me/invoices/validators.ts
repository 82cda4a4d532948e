import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import {
  invoiceDisplayStatusFilter,
  invoiceOrderParam,
} from "../../../../admin/invoices/validators"

export type StoreGetInvoiceParamsType = z.infer<typeof StoreGetInvoiceParams>
export const StoreGetInvoiceParams = createSelectParams()

export type StoreGetInvoicesParamsType = z.infer<typeof StoreGetInvoicesParams>
export const StoreGetInvoicesParams = createFindParams({
  limit: 20,
  offset: 0,
})
  .extend({
    order: invoiceOrderParam.optional(),
    order_id: z.union([z.string(), z.array(z.string())]).optional(),
    display_status: z
      .union([invoiceDisplayStatusFilter, z.array(invoiceDisplayStatusFilter)])
      .optional(),
  })
  .strict()
