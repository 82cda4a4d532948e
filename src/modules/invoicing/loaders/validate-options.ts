import type { LoaderOptions } from "@medusajs/framework/types"
import { parseInvoicingOptions } from "../options"

/**
 * Checks the plugin options when Medusa boots, so a wrong option stops the
 * boot with a message that names it instead of failing at the first order.
 */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<Record<string, unknown>>): Promise<void> {
  parseInvoicingOptions(options)
}
