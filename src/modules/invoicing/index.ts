import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import InvoicingModuleService from "./service"

/** Container key and module name of the invoicing module. */
export const INVOICING_MODULE = "invoicing"

export default Module(INVOICING_MODULE, {
  service: InvoicingModuleService,
  loaders: [validateOptionsLoader],
})

export { InvoicingModuleService }
export * from "./options"
export * from "./types"
export * from "./utils/status"
