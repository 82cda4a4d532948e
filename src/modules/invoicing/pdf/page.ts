import { Canvas, drawText, LineBox } from "./canvas"
import { Direction, TextStyle } from "./runs"
import { wrapParagraphs } from "./wrap"

/** A4 in points, and the margin kept free on every side. */
export const PAGE = { width: 595.28, height: 841.89, margin: 42 }

/** Body text styles, in points. */
export const STYLES = {
  title: { size: 20, bold: true },
  heading: { size: 8, bold: true, color: "#555555" },
  strong: { size: 9, bold: true },
  body: { size: 9 },
  small: { size: 7.5, color: "#555555" },
  cell: { size: 8 },
  cellNote: { size: 7, color: "#555555" },
  cellHead: { size: 8, bold: true },
} satisfies Record<string, TextStyle>

/** A styled line of text, already wrapped, with its paragraph's direction. */
export type TextLine = { text: string; style: TextStyle; direction?: Direction }

/**
 * The vertical flow of content over pages: where the next block goes, the
 * content box, and what to draw at the top of each new page.
 */
export type Flow = {
  canvas: Canvas
  y: number
  left: number
  width: number
  /** Where content starts on pages after the first. */
  top: number
  /** Content never goes below this (the footer lives under it). */
  bottom: number
  /** Drawn at the top of every page after the first. */
  onNewPage: Array<(flow: Flow) => void>
}

/** Space a line of the style takes, in points. */
export function lineHeight(style: TextStyle): number {
  return style.size * 1.35
}

/** Wraps text into styled lines no wider than `width`. */
export function wrapLines(
  text: string | null | undefined,
  width: number,
  style: TextStyle
): TextLine[] {
  if (!text?.trim()) {
    return []
  }

  return wrapParagraphs(text.trim(), width, style).map((line) => ({
    ...line,
    style,
  }))
}

/** Total height of lines drawn one under the other. */
export function heightOf(lines: TextLine[]): number {
  return lines.reduce((sum, line) => sum + lineHeight(line.style), 0)
}

/**
 * Draws lines one under the other from `top`; returns the y under the last.
 */
export function drawLines(
  canvas: Canvas,
  lines: TextLine[],
  top: number,
  box: LineBox
): number {
  let y = top
  for (const line of lines) {
    const height = lineHeight(line.style)
    drawText(canvas, line, y + line.style.size, box)
    y += height
  }

  return y
}

/** Starts a new page and draws the running headers on it. */
export function newPage(flow: Flow): void {
  flow.canvas.pdf.addPage()
  flow.y = flow.top
  flow.onNewPage.forEach((draw) => draw(flow))
}

/**
 * Moves to a new page unless `height` points still fit on this one. A block
 * taller than a whole page starts on the current page.
 */
export function ensureSpace(flow: Flow, height: number): void {
  const emptyPageRoom = flow.bottom - flow.top
  if (flow.y + height > flow.bottom && height <= emptyPageRoom) {
    newPage(flow)
  }
}

/** Draws lines in the flow, breaking to a new page between lines. */
export function flowLines(flow: Flow, lines: TextLine[], box: LineBox) {
  for (const line of lines) {
    ensureSpace(flow, lineHeight(line.style))
    flow.y = drawLines(flow.canvas, [line], flow.y, box)
  }
}
