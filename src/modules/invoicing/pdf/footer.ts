import { documentTitle, RenderContext } from "./context"
import { pageOf } from "./labels"
import {
  drawLines,
  heightOf,
  lineHeight,
  PAGE,
  STYLES,
  TextLine,
  wrapLines,
} from "./page"

/** At most this many footer lines are printed; the rest is cut. */
const MAX_FOOTER_LINES = 8
const FOOTER_SHARE = 0.75

/** The seller's footer text, wrapped to the footer's width. */
export function footerLines(footer: string | undefined, width: number) {
  return wrapLines(footer, width * FOOTER_SHARE, STYLES.small).slice(
    0,
    MAX_FOOTER_LINES
  )
}

/** Height the footer takes at the bottom of every page. */
export function footerHeight(lines: TextLine[]): number {
  return Math.max(heightOf(lines), lineHeight(STYLES.small))
}

function drawFooter(context: RenderContext, lines: TextLine[], page: string) {
  const { flow } = context
  const height = footerHeight(lines)
  const top = PAGE.height - PAGE.margin - height
  flow.canvas.pdf
    .moveTo(flow.left, top - 6)
    .lineTo(flow.left + flow.width, top - 6)
    .lineWidth(0.5)
    .strokeColor("#d9d9d9")
    .stroke()
  drawLines(flow.canvas, lines, top, { x: flow.left, width: flow.width })
  const pageLine = { text: page, style: STYLES.small }
  drawLines(flow.canvas, [pageLine], top + height - lineHeight(STYLES.small), {
    x: flow.left + flow.width * FOOTER_SHARE,
    width: flow.width * (1 - FOOTER_SHARE),
    align: "right",
  })
}

/**
 * Draws, on every page once all pages exist, the seller's footer and the
 * localized "page n of m" on its last line.
 */
export function drawFooters(context: RenderContext, lines: TextLine[]) {
  const { pdf } = context.flow.canvas
  const range = pdf.bufferedPageRange()
  for (let index = 0; index < range.count; index++) {
    pdf.switchToPage(range.start + index)
    drawFooter(context, lines, pageOf(context.labels, index + 1, range.count))
  }
}

/** The small running header at the top of every page after the first. */
export function drawRunningHeader(context: RenderContext) {
  const { flow, input, labels } = context
  const text = `${documentTitle(context)} ${input.number} (${labels.continued})`
  const box = { x: flow.left, width: flow.width }
  drawLines(flow.canvas, [{ text, style: STYLES.small }], PAGE.margin, box)
}
