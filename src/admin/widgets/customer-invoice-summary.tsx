import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ErrorState, LoadingState } from "../components/query-state"
import { useCustomerSummary } from "../hooks/use-invoicing-queries"
import { formatMoney } from "../lib/money"
import type { CustomerInvoiceSummary } from "../lib/types"

/** Invoices with money still expected: not yet due, or overdue. */
const OPEN_STATUSES = ["invoiced", "partially_paid", "overdue"] as const

const count = (summary: CustomerInvoiceSummary, statuses: readonly string[]) =>
  statuses.reduce(
    (sum, status) =>
      sum + (summary.counts[status as keyof typeof summary.counts] ?? 0),
    0
  )

const Line = ({ label, value }: { label: string; value: string }) => (
  <div className="flex justify-between gap-x-2">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="tabular-nums">
      {value}
    </Text>
  </div>
)

/**
 * What the customer owes on the customer page: open balance per currency,
 * open and overdue invoices, the oldest overdue due date, and a link to
 * the customer's invoices.
 */
const CustomerInvoiceSummaryWidget = ({
  data: customer,
}: DetailWidgetProps<AdminCustomer>) => {
  const { data, error, isPending, refetch } = useCustomerSummary(customer.id)
  const search = new URLSearchParams({ q: customer.email ?? "" })
  const listUrl = customer.email
    ? `/invoices?${search}`
    : `/invoices?customer_id=${customer.id}`

  return (
    <Container
      className="divide-y p-0"
      data-testid="invoicing-customer-summary"
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Invoices</Heading>
        <Link
          to={listUrl}
          className="txt-compact-small text-ui-fg-interactive hover:underline"
        >
          View invoices
        </Link>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        {isPending && <LoadingState rows={2} />}
        {error && <ErrorState error={error} onRetry={() => refetch()} />}
        {data && (
          <>
            {data.open_balances.length === 0 && (
              <Line label="Open balance" value="Nothing owed" />
            )}
            {data.open_balances.map((b) => (
              <Line
                key={b.currency_code}
                label={`Open balance (${b.currency_code.toUpperCase()})`}
                value={formatMoney(b.balance, b.currency_code)}
              />
            ))}
            <Line
              label="Open invoices"
              value={String(count(data, OPEN_STATUSES))}
            />
            <Line
              label="Overdue invoices"
              value={String(count(data, ["overdue"]))}
            />
            {data.oldest_overdue_due_date && (
              <Line
                label="Oldest overdue since"
                value={data.oldest_overdue_due_date}
              />
            )}
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side",
})

export default CustomerInvoiceSummaryWidget
