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
  kind: "invoice" | "credit_note"
  display_status: BillingStatus
  issue_date: string
  due_date: string
  currency_code: string
  total: number
  amount_paid: number
  balance: number
}

type OrderBilling = {
  display_status: BillingStatus
  currency_code: string | null
  balance: string
}

/**
 * Billing status of the order on its detail page, over all its invoices:
 * each invoice's number, status, dates, total, paid and balance, its credit
 * notes, and an action to issue the invoice of an order that has none.
 */
const OrderBillingStatusWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const [invoices, setInvoices] = useState<InvoiceSummary[] | null>(null)
  const [billing, setBilling] = useState<OrderBilling | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    sdk.client
      .fetch<{ billing: OrderBilling; invoices: InvoiceSummary[] }>(
        `/admin/orders/${order.id}/invoices`
      )
      .then((res) => {
        setBilling(res.billing)
        setInvoices(res.invoices)
      })
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

  const status: BillingStatus = billing?.display_status ?? "not_invoiced"
  const canIssue = status === "not_invoiced" || status === "void"

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
            {invoice.kind === "credit_note" ? "Credit note " : ""}
            {invoice.number}
          </Text>
          <div className="flex items-center justify-end gap-x-2">
            <Badge
              color={BILLING_STATUS[invoice.display_status].color}
              size="2xsmall"
            >
              {BILLING_STATUS[invoice.display_status].label}
            </Badge>
            <Text size="small">
              {formatMoney(invoice.total, invoice.currency_code)}
            </Text>
          </div>
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
      {billing?.currency_code && (
        <div className="flex justify-between px-6 py-4">
          <Text size="small" weight="plus">
            Order balance
          </Text>
          <Text size="small" weight="plus">
            {formatMoney(Number(billing.balance), billing.currency_code)}
          </Text>
        </div>
      )}
      {invoices && canIssue && (
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
