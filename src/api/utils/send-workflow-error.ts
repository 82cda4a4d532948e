import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Answers a 409 with the workflow's own message and rethrows anything else
 * to Medusa's error handler. Medusa's handler replaces every CONFLICT
 * message with a generic one about idempotency keys, which would hide what
 * the conflict is (e.g. which invoice the order already has).
 */
export function sendWorkflowError(res: MedusaResponse, error: unknown): void {
  if (
    MedusaError.isMedusaError(error) &&
    error.type === MedusaError.Types.CONFLICT
  ) {
    res.status(409).json({ type: error.type, message: error.message })

    return
  }

  throw error
}
