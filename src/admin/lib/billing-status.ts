/** Labels and badge colours of the billing statuses, one place for all. */
export const BILLING_STATUS = {
  not_invoiced: { label: "Not invoiced", color: "grey" },
  invoiced: { label: "Invoiced", color: "blue" },
  partially_paid: { label: "Partially paid", color: "orange" },
  paid: { label: "Paid", color: "green" },
  overdue: { label: "Overdue", color: "red" },
  credited: { label: "Credited", color: "purple" },
  void: { label: "Void", color: "grey" },
} as const

export type BillingStatus = keyof typeof BILLING_STATUS

/** Whether a string is one of the billing statuses. */
export function isBillingStatus(value: string): value is BillingStatus {
  return Object.prototype.hasOwnProperty.call(BILLING_STATUS, value)
}
