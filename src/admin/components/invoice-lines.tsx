import { Table, Text } from "@medusajs/ui"
import { formatMoney } from "../lib/money"
import type { InvoiceDetail } from "../lib/types"
import { EmptyState } from "./query-state"

const rate = (value: unknown) => `${Number(value)} %`

type SumRowProps = { label: string; value: string; strong?: boolean }

const SumRow = ({ label, value, strong }: SumRowProps) => (
  <div className="flex justify-between gap-x-4">
    <Text size="small" weight={strong ? "plus" : "regular"}>
      {label}
    </Text>
    <Text
      size="small"
      weight={strong ? "plus" : "regular"}
      className="tabular-nums"
    >
      {value}
    </Text>
  </div>
)

/** The document's frozen lines and its tax summary, one row per rate. */
export const InvoiceLines = ({ invoice }: { invoice: InvoiceDetail }) => {
  const money = (amount: InvoiceDetail["total"]) =>
    formatMoney(amount, invoice.currency_code)
  const lines = [...(invoice.lines ?? [])].sort(
    (a, b) => a.position - b.position
  )
  const taxRows = invoice.tax_rows ?? []

  if (!lines.length) {
    return <EmptyState title="No lines" />
  }

  return (
    <div className="flex flex-col gap-y-4">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Quantity</Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              Unit price
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">Discount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Tax</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {lines.map((line) => (
            <Table.Row key={line.id}>
              <Table.Cell>
                <Text size="small">{line.title}</Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {[
                    line.line_type === "shipping" ? "Shipping" : line.sku,
                    line.description,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {String(line.quantity)}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {money(line.unit_price)}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {money(line.discount_total)}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {money(line.tax_total)} ({rate(line.tax_rate)})
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {money(line.total)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="ml-auto flex w-full max-w-sm flex-col gap-y-1">
        <Text size="small" weight="plus">
          Tax summary
        </Text>
        <SumRow label="Subtotal" value={money(invoice.subtotal)} />
        {Number(invoice.discount_total) > 0 && (
          <SumRow label="Discount" value={money(invoice.discount_total)} />
        )}
        {taxRows.map((row) => (
          <SumRow
            key={row.id}
            label={`${row.name ?? row.code ?? "Tax"} (${rate(row.rate)} of ${money(row.taxable_amount)})`}
            value={money(row.tax_amount)}
          />
        ))}
        <SumRow label="Total" value={money(invoice.total)} strong />
      </div>
    </div>
  )
}
