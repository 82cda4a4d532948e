export * from "./issue-invoice"
export * from "./steps"
