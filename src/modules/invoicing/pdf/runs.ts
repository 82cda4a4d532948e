import bidiFactory from "bidi-js"
import { assignFamilies, FamilySpan } from "./families"
import { FontFamily, FontWeight, loadFont } from "./fonts"

/** How a piece of text is drawn: size in points, weight and fill colour. */
export type TextStyle = { size: number; bold?: boolean; color?: string }

/**
 * A run of one line, in visual (left to right) order. `text` is handed to
 * pdfkit as is: logical order when it holds right-to-left letters (fontkit
 * shapes and reverses those), already reversed and mirrored otherwise.
 */
export type VisualRun = {
  family: FontFamily
  weight: FontWeight
  text: string
  /** Width in points. */
  width: number
  /** Odd bidi level: a right-to-left run. */
  rtl: boolean
}

/** A paragraph's base direction. */
export type Direction = "ltr" | "rtl"

/** A line ready to draw: runs left to right and its base direction. */
export type VisualLine = { runs: VisualRun[]; width: number; rtl: boolean }

type LevelRun = FamilySpan & { level: number }

const bidi = bidiFactory()
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u
const MAX_CACHED_WIDTHS = 20000
const emWidths = new Map<string, number>()

/** Width of text in one font, in ems; cached, since fontkit layout is slow. */
function emWidth(family: FontFamily, weight: FontWeight, text: string) {
  const key = `${family}:${weight}:${text}`
  let width = emWidths.get(key)
  if (width === undefined) {
    const font = loadFont(family, weight)
    width = font.layout(text, []).advanceWidth / font.unitsPerEm
    if (emWidths.size >= MAX_CACHED_WIDTHS) {
      emWidths.clear()
    }
    emWidths.set(key, width)
  }

  return width
}

function weightOf(style: TextStyle): FontWeight {
  return style.bold ? "bold" : "regular"
}

/**
 * The width of text in points once drawn in the style, with the fonts the
 * renderer picks for it.
 *
 * @example measureText("Crème brûlée", { size: 9 })
 */
export function measureText(text: string, style: TextStyle): number {
  const weight = weightOf(style)

  return assignFamilies(text).reduce(
    (sum, span) => sum + emWidth(span.family, weight, span.text) * style.size,
    0
  )
}

function splitByLevel(spans: FamilySpan[], levels: Uint8Array): LevelRun[] {
  const runs: LevelRun[] = []
  for (const span of spans) {
    let offset = span.start
    for (const char of span.text) {
      const level = levels[offset]
      const last = runs[runs.length - 1]
      if (last && last.family === span.family && last.level === level) {
        last.text += char
      } else {
        runs.push({ family: span.family, text: char, start: offset, level })
      }
      offset += char.length
    }
  }

  return runs
}

/** Unicode bidi rule L2, applied to whole runs of one level each. */
function reorder(runs: LevelRun[]): LevelRun[] {
  const result = [...runs]
  const levels = runs.map((run) => run.level)
  const lowest = Math.min(...levels)
  const lowestOdd = lowest % 2 === 1 ? lowest : lowest + 1
  for (let level = Math.max(...levels); level >= lowestOdd; level--) {
    let index = 0
    while (index < result.length) {
      let end = index
      while (end < result.length && result[end].level >= level) {
        end++
      }
      if (end > index) {
        result.splice(index, end - index, ...result.slice(index, end).reverse())
      }
      index = end + 1
    }
  }

  return result
}

/** Right-to-left neutrals (brackets, dashes) fontkit will not reverse. */
function reverseNeutrals(text: string): string {
  return Array.from(text)
    .reverse()
    .map((char) => bidi.getMirroredCharacter(char) ?? char)
    .join("")
}

function visualText(run: LevelRun): string {
  const rtl = run.level % 2 === 1

  return rtl && !RTL_LETTERS.test(run.text)
    ? reverseNeutrals(run.text)
    : run.text
}

/**
 * The base direction of a paragraph: that of its first strong character
 * (Unicode bidi rules P2 and P3), left to right when it has none.
 *
 * @example paragraphDirection("شكرا Medusa") // "rtl"
 */
export function paragraphDirection(text: string): Direction {
  if (!RTL_LETTERS.test(text)) {
    return "ltr"
  }

  const level = bidi.getEmbeddingLevels(text, "auto").paragraphs[0]?.level

  return (level ?? 0) % 2 === 1 ? "rtl" : "ltr"
}

/**
 * One line of text laid out for drawing: split into runs by font family and
 * bidi level, runs put in visual order (Unicode bidi algorithm). The base
 * direction is the paragraph's, when the line is part of a wrapped one, or
 * the line's own. Arabic runs stay in logical order: fontkit shapes them
 * and reverses their glyphs.
 *
 * @example visualLine("Note: شكرا لطلبك", { size: 9 }).runs
 */
export function visualLine(
  text: string,
  style: TextStyle,
  direction?: Direction
): VisualLine {
  const weight = weightOf(style)
  const spans = assignFamilies(text)
  let runs: LevelRun[] = spans.map((span) => ({ ...span, level: 0 }))
  let rtl = false
  if (RTL_LETTERS.test(text) || direction === "rtl") {
    const embedding = bidi.getEmbeddingLevels(text, direction ?? "auto")
    rtl = (embedding.paragraphs[0]?.level ?? 0) % 2 === 1
    runs = reorder(splitByLevel(spans, embedding.levels))
  }
  const visual = runs.map((run) => ({
    family: run.family,
    weight,
    text: visualText(run),
    width: emWidth(run.family, weight, run.text) * style.size,
    rtl: run.level % 2 === 1,
  }))

  return {
    runs: visual,
    width: visual.reduce((sum, run) => sum + run.width, 0),
    rtl,
  }
}
