import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { documentKindLabel } from "../lib/labels"
import { formatMoney } from "../lib/money"
import type { InvoiceDetail } from "../lib/types"
import { DocumentActions } from "./document-actions"
import { StatusBadge } from "./status-badge"

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="tabular-nums">
      {children}
    </Text>
  </div>
)

/**
 * The head of an invoice's page: number, status, order and customer, the
 * dates and amounts, and every action.
 */
export const InvoiceHeader = ({ invoice }: { invoice: InvoiceDetail }) => {
  const money = (amount: InvoiceDetail["total"]) =>
    formatMoney(amount, invoice.currency_code)
  const isInvoice = invoice.kind === "invoice"

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-x-2">
          <Heading level="h1">
            {documentKindLabel(invoice.kind)} {invoice.number}
          </Heading>
          <StatusBadge status={invoice.display_status} size="small" />
        </div>
        <Link
          to={`/orders/${invoice.order_id}`}
          className="txt-compact-small text-ui-fg-interactive hover:underline"
        >
          Order #{invoice.order_display_id ?? invoice.order_id}
        </Link>
      </div>
      {!isInvoice && invoice.corrects_invoice_id && (
        <Text size="small">
          Corrects{" "}
          <Link
            to={`/invoices/${invoice.corrects_invoice_id}`}
            className="text-ui-fg-interactive hover:underline"
          >
            the invoice
          </Link>
          {invoice.reason ? `: ${invoice.reason}` : ""}
        </Text>
      )}
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Fact label="Customer">{invoice.email ?? "–"}</Fact>
        <Fact label="Issue date">{invoice.issue_date}</Fact>
        {isInvoice && <Fact label="Due date">{invoice.due_date}</Fact>}
        <Fact label="Currency">{invoice.currency_code.toUpperCase()}</Fact>
        <Fact label="Total">{money(invoice.total)}</Fact>
        {isInvoice && (
          <>
            <Fact label="Paid">{money(invoice.amount_paid)}</Fact>
            <Fact label="Refunded">{money(invoice.amount_refunded)}</Fact>
            <Fact label="Credited">{money(invoice.amount_credited)}</Fact>
            <Fact label="Balance">{money(invoice.balance)}</Fact>
          </>
        )}
      </div>
      <DocumentActions invoice={invoice} />
    </Container>
  )
}
