import { toDecimal } from "../utils/money"
import { money, RenderContext } from "./context"
import { formatDecimal, formatRate } from "./format"
import { STYLES } from "./page"
import { Column, drawTable, layoutRow, Row } from "./table"
import type { PdfLine } from "./types"

/** Widths in points of every column but the description, which takes the rest. */
const FIXED = {
  position: 26,
  quantity: 40,
  unitPrice: 66,
  discount: 58,
  rate: 40,
  amount: 72,
}

function columnsFor(width: number): Column[] {
  const fixed = Object.values(FIXED).reduce((sum, w) => sum + w, 0)

  return [
    { width: FIXED.position, align: "left" },
    { width: width - fixed, align: "left" },
    { width: FIXED.quantity, align: "right" },
    { width: FIXED.unitPrice, align: "right" },
    { width: FIXED.discount, align: "right" },
    { width: FIXED.rate, align: "right" },
    { width: FIXED.amount, align: "right" },
  ]
}

function headerRow(context: RenderContext, columns: Column[]): Row {
  const { labels } = context
  const titles = [
    labels.col_position,
    labels.col_description,
    labels.col_quantity,
    labels.col_unit_price,
    labels.col_discount,
    labels.col_tax_rate,
    labels.col_amount,
  ]

  return layoutRow(
    columns,
    titles.map((text) => [{ text, style: STYLES.cellHead }])
  )
}

function descriptionParts(context: RenderContext, line: PdfLine) {
  const { labels } = context
  const sku = line.sku?.trim() ? `${labels.sku}: ${line.sku.trim()}` : null

  return [
    { text: line.title, style: STYLES.cell },
    { text: line.description, style: STYLES.cellNote },
    { text: sku, style: STYLES.cellNote },
    {
      text: line.line_type === "shipping" ? labels.shipping : null,
      style: STYLES.cellNote,
    },
  ]
}

function lineRow(
  context: RenderContext,
  columns: Column[],
  line: PdfLine
): Row {
  const { locale } = context
  const cell = (text: string) => [{ text, style: STYLES.cell }]
  const discount = toDecimal(line.discount_total).isZero()
    ? ""
    : money(context, line.discount_total)

  return layoutRow(columns, [
    cell(String(line.position)),
    descriptionParts(context, line),
    cell(formatDecimal(line.quantity, locale)),
    cell(money(context, line.unit_price)),
    cell(discount),
    cell(formatRate(line.tax_rate, locale)),
    cell(money(context, line.total)),
  ])
}

/**
 * Draws the line table in position order, shipping lines marked as such,
 * the header repeated on every page it spans.
 */
export function drawLineTable(context: RenderContext) {
  const { flow, input } = context
  const columns = columnsFor(flow.width)
  const ordered = [...input.lines].sort((a, b) => a.position - b.position)
  const rows = ordered.map((line) => lineRow(context, columns, line))
  const frame = { left: flow.left, columns }
  drawTable(flow, frame, headerRow(context, columns), rows)
  flow.y += 14
}
