import { toDecimal } from "../utils/money"
import { money, RenderContext } from "./context"
import { formatRate } from "./format"
import {
  drawLines,
  ensureSpace,
  flowLines,
  heightOf,
  lineHeight,
  STYLES,
  TextLine,
  wrapLines,
} from "./page"
import { TextStyle } from "./runs"
import { Column, drawHeaderRow, drawRow, layoutRow, rowHeight } from "./table"
import type { PdfAmount, PdfTaxRow } from "./types"

type TotalRow = { label: string; amount: PdfAmount; strong?: boolean }

function taxLabel(context: RenderContext, row: PdfTaxRow): string {
  const name = row.name?.trim() || row.code?.trim()
  const rate = formatRate(row.rate, context.locale)

  if (!name) {
    return rate
  }

  // A name that already states its rate ("VAT 19%") is printed as is.
  const digits = String(row.rate).replace(/\.0+$/, "")

  return name.includes(digits) ? name : `${name} ${rate}`
}

function taxTable(context: RenderContext, left: number, width: number) {
  const cell = (text: string) => [{ text, style: STYLES.cell }]
  const { labels } = context
  const columns: Column[] = [
    { width: width * 0.4, align: "left" },
    { width: width * 0.3, align: "right" },
    { width: width * 0.3, align: "right" },
  ]
  const titles = [labels.tax_rate, labels.net_amount, labels.tax_amount]
  const rows = context.input.tax_rows.map((row) =>
    layoutRow(columns, [
      cell(taxLabel(context, row)),
      cell(money(context, row.taxable_amount)),
      cell(money(context, row.tax_amount)),
    ])
  )

  return {
    frame: { left, columns },
    title: wrapLines(labels.tax_summary, width, STYLES.heading),
    header: layoutRow(
      columns,
      titles.map((text) => [{ text, style: STYLES.cellHead }])
    ),
    rows,
  }
}

type TaxTable = ReturnType<typeof taxTable>

function taxTableHeight(table: TaxTable): number {
  return [table.header, ...table.rows].reduce(
    (sum, row) => sum + rowHeight(row.lineCount),
    heightOf(table.title)
  )
}

function totalRows(context: RenderContext): TotalRow[] {
  const { input, labels } = context
  const rows: (TotalRow | null)[] = [
    { label: labels.subtotal, amount: input.subtotal },
    toDecimal(input.discount_total).isZero()
      ? null
      : { label: labels.discount_total, amount: input.discount_total },
    { label: labels.tax_total, amount: input.tax_total },
    { label: labels.total, amount: input.total, strong: true },
  ]
  if (input.kind === "invoice") {
    rows.push(
      { label: labels.amount_paid, amount: input.amount_paid },
      toDecimal(input.amount_credited).isZero()
        ? null
        : { label: labels.amount_credited, amount: input.amount_credited },
      { label: labels.amount_due, amount: input.balance, strong: true }
    )
  }

  return rows.filter((row): row is TotalRow => row !== null)
}

const TOTAL_ROW_GAP = 2

function totalsHeight(rows: TotalRow[]): number {
  return rows.reduce(
    (sum, row) =>
      sum +
      lineHeight(row.strong ? STYLES.strong : STYLES.body) +
      TOTAL_ROW_GAP,
    0
  )
}

function drawTotals(
  context: RenderContext,
  rows: TotalRow[],
  box: { x: number; width: number }
) {
  const { canvas } = context.flow
  let y = context.flow.y
  for (const row of rows) {
    const style: TextStyle = row.strong ? STYLES.strong : STYLES.body
    const label = [{ text: row.label, style }]
    const amount = [{ text: money(context, row.amount), style }]
    drawLines(canvas, label, y, { x: box.x, width: box.width * 0.55 })
    y = drawLines(canvas, amount, y, { ...box, align: "right" })
    y += TOTAL_ROW_GAP
  }

  return y
}

function drawTaxTable(context: RenderContext, table: TaxTable) {
  const { flow } = context
  const width = table.frame.columns.reduce((sum, c) => sum + c.width, 0)
  const box = { x: table.frame.left, width }
  flow.y = drawLines(flow.canvas, table.title, flow.y, box)
  drawHeaderRow(flow, table.frame, table.header)
  table.rows.forEach((row) => drawRow(flow, table.frame, row))

  return flow.y
}

/**
 * Draws the tax summary (left) and the totals (right) side by side, kept
 * together on one page, once, after the last line.
 */
export function drawSummary(context: RenderContext) {
  const { flow } = context
  const hasTaxes = context.input.tax_rows.length > 0
  const table = taxTable(context, flow.left, flow.width * 0.5)
  const totals = totalRows(context)
  const taxHeight = hasTaxes ? taxTableHeight(table) : 0
  ensureSpace(flow, Math.max(taxHeight, totalsHeight(totals)))
  const top = flow.y
  const totalsBottom = drawTotals(context, totals, {
    x: flow.left + flow.width * 0.56,
    width: flow.width * 0.44,
  })
  flow.y = top
  const taxBottom = hasTaxes ? drawTaxTable(context, table) : top
  flow.y = Math.max(totalsBottom, taxBottom) + 18
}

function section(title: string, body: TextLine[], width: number): TextLine[] {
  return body.length
    ? [...wrapLines(title, width, STYLES.heading), ...body]
    : []
}

/** The free-text note under the totals, right-aligned when it is Arabic. */
export function drawNote(context: RenderContext) {
  const { flow, input, labels } = context
  const body = wrapLines(input.note, flow.width, STYLES.body)
  const lines = section(labels.note, body, flow.width)
  ensureSpace(flow, Math.min(heightOf(lines), 60))
  flowLines(flow, lines, { x: flow.left, width: flow.width, align: "start" })
  flow.y += lines.length ? 14 : 0
}

function paymentBody(context: RenderContext, width: number): TextLine[] {
  const { seller, number } = context.input
  const { labels } = context
  const rows: [string, string | undefined][] = [
    [labels.account_holder, seller.iban ? seller.name : undefined],
    [
      labels.iban,
      seller.iban?.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 "),
    ],
    [labels.bic, seller.bic],
    [labels.payment_reference, number],
  ]

  return [
    ...wrapLines(seller.payment_instructions, width, STYLES.body),
    ...rows
      .filter(([, value]) => value?.trim())
      .flatMap(([label, value]) =>
        wrapLines(`${label}: ${value}`, width, STYLES.body)
      ),
  ]
}

/**
 * Invoices: how to pay, with the invoice number as the payment reference
 * and the seller's IBAN and BIC when known. Kept together on one page.
 */
export function drawPayment(context: RenderContext) {
  const { flow, input, labels } = context
  if (input.kind !== "invoice") {
    return
  }

  const lines = section(
    labels.payment,
    paymentBody(context, flow.width),
    flow.width
  )
  ensureSpace(flow, heightOf(lines))
  flowLines(flow, lines, { x: flow.left, width: flow.width })
  flow.y += 14
}
