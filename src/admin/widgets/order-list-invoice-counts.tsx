import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ErrorState, LoadingState } from "../components/query-state"
import { useOrderCounts } from "../hooks/use-invoicing-queries"

const Count = ({
  label,
  value,
  to,
}: {
  label: string
  value: number
  to?: string
}) => {
  const body = (
    <>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="large" weight="plus" className="tabular-nums">
        {value}
      </Text>
    </>
  )

  return to ? (
    <Link
      to={to}
      className="hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus flex flex-col rounded-md px-3 py-2 outline-none"
    >
      {body}
    </Link>
  ) : (
    <div className="flex flex-col px-3 py-2">{body}</div>
  )
}

/**
 * Billing at a glance above the order list: orders invoiced, overdue and
 * not invoiced; invoiced and overdue open the matching invoices.
 */
const OrderListInvoiceCountsWidget = () => {
  const { data, error, isPending, refetch } = useOrderCounts()

  return (
    <Container className="px-3 py-2" data-testid="invoicing-order-list-summary">
      {isPending && (
        <div className="px-3 py-2">
          <LoadingState rows={1} />
        </div>
      )}
      {error && (
        <div className="px-3 py-2">
          <ErrorState error={error} onRetry={() => refetch()} />
        </div>
      )}
      {data && (
        <div className="flex flex-wrap gap-x-6">
          <Count
            label="Invoiced orders"
            value={data.invoiced}
            to="/invoices?kind=invoice"
          />
          <Count
            label="Overdue orders"
            value={data.overdue}
            to="/invoices?overdue=true"
          />
          <Count label="Not invoiced" value={data.not_invoiced} />
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default OrderListInvoiceCountsWidget
