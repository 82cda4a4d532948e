export * from "./create-invoice"
export * from "./load-order-for-invoice"
export * from "./prepare-invoice-snapshot"
