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

/** Formats a major-unit amount for display in the invoice's currency. */
export function formatMoney(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(amount)
}
