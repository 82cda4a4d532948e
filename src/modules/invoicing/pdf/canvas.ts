import { documentFont } from "./fonts"
import { Direction, TextStyle, VisualRun, visualLine } from "./runs"

/** Where a line sits horizontally: a box from `x`, `width` points wide. */
export type LineBox = {
  x: number
  width: number
  /** `start` follows the line's direction: right for Arabic text. */
  align?: "left" | "right" | "start"
}

/** Text to draw in one line, in a style, with its paragraph's direction. */
export type StyledText = {
  text: string
  style: TextStyle
  direction?: Direction
}

/** The pdfkit document and the fonts already registered in it. */
export type Canvas = {
  pdf: PDFKit.PDFDocument
  registered: Set<string>
}

/** Wraps a new pdfkit document for drawing text with the embedded fonts. */
export function createCanvas(pdf: PDFKit.PDFDocument): Canvas {
  return { pdf, registered: new Set() }
}

function useFont(canvas: Canvas, run: VisualRun): string {
  const name = `${run.family}-${run.weight}`
  if (!canvas.registered.has(name)) {
    // pdfkit takes a parsed fontkit font as well as a file (its font factory
    // checks for `layout`); a file would be parsed again for every document.
    const font = documentFont(run.family, run.weight)
    canvas.registered.add(name)
    canvas.pdf.registerFont(
      name,
      font as unknown as PDFKit.Mixins.PDFFontSource
    )
  }

  return name
}

function startX(box: LineBox, width: number, rtl: boolean): number {
  const align = box.align === "start" ? (rtl ? "right" : "left") : box.align

  return align === "right" ? box.x + box.width - width : box.x
}

/**
 * Draws one line of text with its baseline at `baseline`, each run in the
 * font that has its glyphs, runs in visual order.
 *
 * @example drawText(canvas, { text: "Иван", style: { size: 9 } }, 120, box)
 */
export function drawText(
  canvas: Canvas,
  line: StyledText,
  baseline: number,
  box: LineBox
): void {
  if (!line.text) {
    return
  }

  const { style } = line
  const visual = visualLine(line.text, style, line.direction)
  let x = startX(box, visual.width, visual.rtl)
  canvas.pdf.fillColor(style.color ?? "#111111")
  for (const run of visual.runs) {
    canvas.pdf
      .font(useFont(canvas, run))
      .fontSize(style.size)
      .text(run.text, x, baseline, {
        lineBreak: false,
        baseline: "alphabetic",
        // With features given, pdfkit lays a run out whole instead of word
        // by word, which keeps the word order of a right-to-left run.
        features: run.rtl ? [] : undefined,
      })
    x += run.width
  }
}
