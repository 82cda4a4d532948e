import { Badge } from "@medusajs/ui"
import { BILLING_STATUS, type BillingStatus } from "../lib/billing-status"

type StatusBadgeProps = {
  status: BillingStatus
  size?: "2xsmall" | "xsmall" | "small" | "base" | "large"
  "data-testid"?: string
}

/** A billing status as a badge, in the same words and colours everywhere. */
export const StatusBadge = ({
  status,
  size = "2xsmall",
  ...rest
}: StatusBadgeProps) => {
  const { label, color } = BILLING_STATUS[status] ?? BILLING_STATUS.invoiced

  return (
    <Badge color={color} size={size} {...rest}>
      {label}
    </Badge>
  )
}
