import { Canvas, drawText } from "./canvas"
import { ensureSpace, Flow, newPage, TextLine, wrapLines } from "./page"
import { TextStyle } from "./runs"

/** A column: its width in points and how its text aligns. */
export type Column = { width: number; align: "left" | "right" }

/** One cell's wrapped lines. */
export type Cell = TextLine[]

/** A row as laid out: its cells and the number of lines of the tallest. */
export type Row = { cells: Cell[]; lineCount: number }

/** Where a table sits: its left edge and its columns, left to right. */
export type Frame = { left: number; columns: Column[] }

/** Line pitch inside table rows: every line of a row sits on this grid. */
const ROW_PITCH = 10.5
const PADDING_Y = 4
const PADDING_X = 3
const RULE_COLOR = "#d9d9d9"

/** Wraps each cell's text parts to its column and measures the row. */
export function layoutRow(
  columns: Column[],
  parts: { text: string | null | undefined; style: TextStyle }[][]
): Row {
  const cells = columns.map((column, index) =>
    (parts[index] ?? []).flatMap((part) =>
      wrapLines(part.text, column.width - 2 * PADDING_X, part.style)
    )
  )

  return {
    cells,
    lineCount: Math.max(1, ...cells.map((cell) => cell.length)),
  }
}

/** Height of rows of `lines` lines, padding included. */
export function rowHeight(lines: number): number {
  return lines * ROW_PITCH + 2 * PADDING_Y
}

function widthOf(frame: Frame): number {
  return frame.columns.reduce((sum, column) => sum + column.width, 0)
}

function paintLines(
  canvas: Canvas,
  frame: Frame,
  row: Row,
  slice: { from: number; to: number; top: number }
) {
  let x = frame.left
  frame.columns.forEach((column, index) => {
    const box = {
      x: x + PADDING_X,
      width: column.width - 2 * PADDING_X,
      align: column.align,
    }
    const lines = row.cells[index].slice(slice.from, slice.to)
    lines.forEach((line, offset) => {
      const baseline = slice.top + PADDING_Y + offset * ROW_PITCH + 8
      drawText(canvas, line, baseline, box)
    })
    x += column.width
  })
}

function paint(flow: Flow, frame: Frame, row: Row, from: number, to: number) {
  paintLines(flow.canvas, frame, row, { from, to, top: flow.y })
  flow.y += rowHeight(to - from)
  flow.canvas.pdf
    .moveTo(frame.left, flow.y)
    .lineTo(frame.left + widthOf(frame), flow.y)
    .lineWidth(0.5)
    .strokeColor(RULE_COLOR)
    .stroke()
}

/** Draws a header row on a shaded band, at the current flow position. */
export function drawHeaderRow(flow: Flow, frame: Frame, row: Row) {
  const height = rowHeight(row.lineCount)
  flow.canvas.pdf
    .rect(frame.left, flow.y, widthOf(frame), height)
    .fillColor("#f0f0f0")
    .fill()
  paint(flow, frame, row, 0, row.lineCount)
}

/**
 * Draws a row without splitting it across pages: it moves whole to the
 * next page when it does not fit. Only a row taller than a whole page is
 * split, between two of its lines.
 */
export function drawRow(flow: Flow, frame: Frame, row: Row) {
  ensureSpace(flow, rowHeight(row.lineCount))
  let from = 0
  while (from < row.lineCount) {
    const room = Math.floor((flow.bottom - flow.y - 2 * PADDING_Y) / ROW_PITCH)
    if (room < 1) {
      newPage(flow)
      continue
    }
    const to = Math.min(row.lineCount, from + room)
    paint(flow, frame, row, from, to)
    from = to
    if (from < row.lineCount) {
      newPage(flow)
    }
  }
}

/**
 * Draws a table: the header row, then every row, repeating the header at
 * the top of each page the table continues on.
 */
export function drawTable(flow: Flow, frame: Frame, header: Row, rows: Row[]) {
  const first = rows.length ? rowHeight(rows[0].lineCount) : 0
  ensureSpace(flow, rowHeight(header.lineCount) + first)
  drawHeaderRow(flow, frame, header)
  const repeatHeader = (next: Flow) => drawHeaderRow(next, frame, header)
  flow.onNewPage.push(repeatHeader)
  rows.forEach((row) => drawRow(flow, frame, row))
  flow.onNewPage.splice(flow.onNewPage.indexOf(repeatHeader), 1)
}
