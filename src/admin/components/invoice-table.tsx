import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { useInvoiceList } from "../hooks/use-invoicing-queries"
import { useListParams } from "../hooks/use-list-params"
import { FILTER_PARAMS, listQuery, PAGE_SIZE } from "../lib/invoice-filters"
import { formatMoney } from "../lib/money"
import type { InvoiceListItem } from "../lib/types"
import { EmptyState, ErrorState, LoadingState } from "./query-state"
import { StatusBadge } from "./status-badge"

const COLUMNS = [
  "Number",
  "Order",
  "Customer",
  "Issue date",
  "Due date",
  "Total",
  "Balance",
  "Status",
]

const Row = ({ invoice }: { invoice: InvoiceListItem }) => {
  const navigate = useNavigate()
  const money = (amount: InvoiceListItem["total"]) =>
    formatMoney(amount, invoice.currency_code)

  return (
    <Table.Row
      className="cursor-pointer"
      data-testid="invoicing-invoice-row"
      data-number={invoice.number}
      onClick={() => navigate(`/invoices/${invoice.id}`)}
    >
      <Table.Cell>
        <Link
          to={`/invoices/${invoice.id}`}
          className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
          onClick={(e) => e.stopPropagation()}
        >
          {invoice.number}
        </Link>
        {invoice.kind === "credit_note" && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            Credit note
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        {invoice.order_display_id ? `#${invoice.order_display_id}` : "–"}
      </Table.Cell>
      <Table.Cell className="max-w-[220px] truncate">
        {invoice.email ?? "–"}
      </Table.Cell>
      <Table.Cell>{invoice.issue_date}</Table.Cell>
      <Table.Cell>
        {invoice.kind === "invoice" ? invoice.due_date : "–"}
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">
        {money(invoice.total)}
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">
        {money(invoice.balance)}
      </Table.Cell>
      <Table.Cell>
        <StatusBadge status={invoice.display_status} />
      </Table.Cell>
    </Table.Row>
  )
}

/**
 * The invoice list: one page from the server (limit/offset) as filtered
 * and sorted in the URL; a row opens the invoice.
 */
export const InvoiceTable = () => {
  const { params, setParam } = useListParams()
  const query = listQuery(params)
  const { data, error, isPending, isFetching, refetch } = useInvoiceList(query)
  const offset = Number(query.offset)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const filtered = FILTER_PARAMS.some((key) => params.has(key))

  if (isPending) {
    return (
      <div className="px-6 py-4">
        <LoadingState rows={5} />
      </div>
    )
  }

  if (error) {
    return (
      <div className="px-6 py-4">
        <ErrorState error={error} onRetry={() => refetch()} />
      </div>
    )
  }

  if (!data.invoices.length) {
    return filtered ? (
      <EmptyState
        title="No invoices match"
        description="Change the search or clear the filters."
      />
    ) : (
      <EmptyState
        title="No invoices yet"
        description="Every order placed in the store is invoiced here."
      />
    )
  }

  return (
    <div aria-busy={isFetching}>
      <Table>
        <Table.Header>
          <Table.Row>
            {COLUMNS.map((column) => (
              <Table.HeaderCell
                key={column}
                className={
                  column === "Total" || column === "Balance" ? "text-right" : ""
                }
              >
                {column}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.invoices.map((invoice) => (
            <Row key={invoice.id} invoice={invoice} />
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={Math.floor(offset / PAGE_SIZE)}
        pageCount={pageCount}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE_SIZE < count}
        previousPage={() =>
          setParam("offset", String(Math.max(0, offset - PAGE_SIZE)))
        }
        nextPage={() => setParam("offset", String(offset + PAGE_SIZE))}
      />
    </div>
  )
}
