import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import {
  BILLING_STATUS,
  BillingStatus,
  formatMoney,
} from "../lib/billing-status"
import { sdk } from "../lib/sdk"

type InvoiceSummary = {
  id: string
  number: string
  display_status: BillingStatus
  issue_date: string
  due_date: string
  currency_code: string
  total: number
  amount_paid: number
  balance: number
}

/**
 * Billing status of the order on its detail page: the invoice number,
 * dates, total, paid and balance, and an action to issue the invoice of an
 * order that has none.
 */
const OrderBillingStatusWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const [invoices, setInvoices] = useState<InvoiceSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    sdk.client
      .fetch<{ invoices: InvoiceSummary[] }>("/admin/invoices", {
        query: { order_id: order.id },
      })
      .then((res) => setInvoices(res.invoices))
      .catch((e: Error) => setError(e.message))
  }, [order.id])

  useEffect(load, [load])

  const issue = () => {
    setError(null)
    sdk.client
      .fetch(`/admin/orders/${order.id}/invoices`, { method: "POST", body: {} })
      .then(load)
      .catch((e: Error) => setError(e.message))
  }

  const status: BillingStatus = invoices?.[0]?.display_status ?? "not_invoiced"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Billing</Heading>
        <Badge color={BILLING_STATUS[status].color} size="small">
          {BILLING_STATUS[status].label}
        </Badge>
      </div>
      {invoices?.map((invoice) => (
        <div key={invoice.id} className="grid grid-cols-2 gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            {invoice.number}
          </Text>
          <Text size="small" className="text-right">
            {formatMoney(invoice.total, invoice.currency_code)}
          </Text>
          <Text size="small">Issued {invoice.issue_date}</Text>
          <Text size="small" className="text-right">
            Due {invoice.due_date}
          </Text>
          <Text size="small">
            Paid {formatMoney(invoice.amount_paid, invoice.currency_code)}
          </Text>
          <Text size="small" className="text-right">
            Balance {formatMoney(invoice.balance, invoice.currency_code)}
          </Text>
        </div>
      ))}
      {invoices && !invoices.length && (
        <div className="px-6 py-4">
          <Button size="small" variant="secondary" onClick={issue}>
            Issue invoice
          </Button>
        </div>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {error}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side",
})

export default OrderBillingStatusWidget
