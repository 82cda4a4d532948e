import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import {
  displayStatusParam,
  invoiceOrderParam,
  pageParams,
} from "../../../../admin/invoices/validators"

export type StoreGetInvoiceParamsType = z.infer<typeof StoreGetInvoiceParams>
export const StoreGetInvoiceParams = createSelectParams()

export type StoreGetInvoicesParamsType = z.infer<typeof StoreGetInvoicesParams>
export const StoreGetInvoicesParams = createFindParams({
  limit: 20,
  offset: 0,
})
  .extend({
    ...pageParams,
    order: invoiceOrderParam.optional(),
    order_id: z.union([z.string(), z.array(z.string())]).optional(),
    display_status: displayStatusParam.optional(),
  })
  .strict()
