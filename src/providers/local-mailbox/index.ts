import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import LocalMailboxService from "./service"

/**
 * The local mailbox notification provider: register it with the
 * Notification Module for channel `email` in development and tests.
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [LocalMailboxService],
})
