import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { DocumentCard } from "../components/document-card"
import { EmptyState, ErrorState, LoadingState } from "../components/query-state"
import { StatusBadge } from "../components/status-badge"
import { useIssueInvoice } from "../hooks/use-invoice-actions"
import { useOrderInvoices } from "../hooks/use-invoicing-queries"
import { errorMessage } from "../lib/errors"
import { formatMoney } from "../lib/money"

/**
 * Billing of the order on its detail page: the order's billing status over
 * all its invoices and credit notes, each document with its amounts,
 * ledger and actions, and "Issue invoice" for an order without one.
 */
const OrderBillingWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error, isPending, refetch } = useOrderInvoices(order.id)
  const issue = useIssueInvoice(order.id)
  const billing = data?.billing
  const status = billing?.display_status ?? "not_invoiced"
  const canIssue = !!data && (status === "not_invoiced" || status === "void")

  const issueInvoice = () =>
    issue.mutate(undefined, {
      onSuccess: ({ invoice }) =>
        toast.success(`Invoice ${invoice.number} issued`),
    })

  return (
    <Container className="divide-y p-0" data-testid="invoicing-order-billing">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Billing</Heading>
        {data && (
          <StatusBadge
            status={status}
            size="small"
            data-testid="invoicing-billing-status"
          />
        )}
      </div>
      {isPending && (
        <div className="px-6 py-4">
          <LoadingState />
        </div>
      )}
      {error && (
        <div className="px-6 py-4">
          <ErrorState error={error} onRetry={() => refetch()} />
        </div>
      )}
      {data && data.invoices.length === 0 && (
        <EmptyState
          title="No invoice yet"
          description="Orders placed before the plugin was installed are invoiced here."
        />
      )}
      {data?.invoices.map((invoice) => (
        <DocumentCard key={invoice.id} invoice={invoice} />
      ))}
      {billing?.currency_code && data!.invoices.length > 1 && (
        <div className="flex justify-between px-6 py-4">
          <Text size="small" weight="plus">
            Order balance
          </Text>
          <Text size="small" weight="plus">
            {formatMoney(billing.balance, billing.currency_code)}
          </Text>
        </div>
      )}
      {billing?.currency_code && Number(billing.refund_due) > 0 && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Refund due to the customer:{" "}
          {formatMoney(billing.refund_due, billing.currency_code)}
        </Text>
      )}
      {canIssue && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Button
            size="small"
            variant="secondary"
            isLoading={issue.isPending}
            onClick={issueInvoice}
          >
            Issue invoice
          </Button>
          {issue.error && (
            <Text role="alert" size="small" className="text-ui-fg-error">
              {errorMessage(issue.error)}
            </Text>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side",
})

export default OrderBillingWidget
