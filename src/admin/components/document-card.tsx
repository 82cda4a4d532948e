import { Text } from "@medusajs/ui"
import { useInvoice } from "../hooks/use-invoicing-queries"
import { documentKindLabel } from "../lib/labels"
import { formatMoney } from "../lib/money"
import type { Invoice } from "../lib/types"
import { DocumentActions } from "./document-actions"
import { LedgerList } from "./ledger-list"
import { ErrorState, LoadingState } from "./query-state"
import { StatusBadge } from "./status-badge"

/** A label and a value on one line. */
const Row = ({ label, value }: { label: string; value: string }) => (
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
 * One document of an order on the order page: number, status, dates,
 * amounts, the ledger in short and the actions. The list entry shows at
 * once; the ledger loads from the document itself.
 */
export const DocumentCard = ({ invoice }: { invoice: Invoice }) => {
  const isInvoice = invoice.kind === "invoice"
  const detail = useInvoice(invoice.id, { enabled: isInvoice })
  const money = (amount: Invoice["total"]) =>
    formatMoney(amount, invoice.currency_code)

  return (
    <div
      className="flex flex-col gap-y-2 px-6 py-4"
      data-testid="invoicing-document"
      data-number={invoice.number}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus">
          {isInvoice ? "" : `${documentKindLabel(invoice.kind)} `}
          {invoice.number}
        </Text>
        <StatusBadge status={invoice.display_status} />
      </div>
      <Row label="Issue date" value={invoice.issue_date} />
      {isInvoice && <Row label="Due date" value={invoice.due_date} />}
      <Row label="Total" value={money(invoice.total)} />
      {isInvoice && (
        <>
          <Row label="Paid" value={money(invoice.amount_paid)} />
          {Number(invoice.amount_credited) > 0 && (
            <Row label="Credited" value={money(invoice.amount_credited)} />
          )}
          {invoice.status !== "void" && (
            <Row label="Balance" value={money(invoice.balance)} />
          )}
        </>
      )}
      {invoice.reason && <Row label="Reason" value={invoice.reason} />}
      {isInvoice && (
        <div className="flex flex-col gap-y-1 pt-1">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            Ledger
          </Text>
          {detail.isPending && <LoadingState rows={1} />}
          {detail.isError && (
            <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
          )}
          {detail.data && <LedgerList invoice={detail.data} compact />}
        </div>
      )}
      <DocumentActions invoice={detail.data ?? invoice} />
    </div>
  )
}
