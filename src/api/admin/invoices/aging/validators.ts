import { z } from "@medusajs/framework/zod"

export type AdminGetAgingParamsType = z.infer<typeof AdminGetAgingParams>
/** Aging can be narrowed to one currency. */
export const AdminGetAgingParams = z
  .object({
    currency_code: z
      .string()
      .length(3, "currency_code must be a 3-letter ISO code")
      .toLowerCase()
      .optional(),
  })
  .strict()
