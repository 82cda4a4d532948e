import { Direction, measureText, paragraphDirection, TextStyle } from "./runs"

/**
 * Break opportunities: after a word and its trailing spaces, and between
 * any two CJK characters (those scripts need no spaces to break).
 */
const TOKENS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][\s\u3000]*|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+\s*|\s+/gu

/** Splits a word wider than the line into pieces that fit. */
function breakWord(word: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = []
  let piece = ""
  for (const char of word) {
    if (piece && measureText(piece + char, style) > width) {
      pieces.push(piece)
      piece = ""
    }
    piece += char
  }

  return piece ? [...pieces, piece] : pieces
}

function wrapParagraph(
  paragraph: string,
  width: number,
  style: TextStyle
): string[] {
  const lines: string[] = []
  let line = ""
  let lineWidth = 0
  for (const token of paragraph.match(TOKENS) ?? []) {
    const tokenWidth = measureText(token.trimEnd(), style)
    if (!line || lineWidth + tokenWidth <= width) {
      line += token
      lineWidth += measureText(token, style)
      continue
    }
    lines.push(line.trimEnd())
    line = token.trimStart()
    lineWidth = measureText(line, style)
  }
  lines.push(line.trimEnd())

  return lines.flatMap((text) =>
    measureText(text, style) > width ? breakWord(text, width, style) : [text]
  )
}

/** A wrapped line and the base direction of the paragraph it belongs to. */
export type WrappedLine = { text: string; direction: Direction }

/**
 * Wraps text into lines no wider than `width` points: at spaces, between CJK
 * characters, and inside a word only when the word alone is too wide.
 * Explicit line breaks are kept; text is NFC-normalized first so accents
 * composed or not draw the same. Each line keeps its paragraph's direction,
 * so a line of an Arabic note that starts with a Latin word still reads
 * right to left.
 *
 * @example wrapParagraphs(input.note, 400, { size: 9 })
 */
export function wrapParagraphs(
  text: string,
  width: number,
  style: TextStyle
): WrappedLine[] {
  return text
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .flatMap((paragraph) => {
      const direction = paragraphDirection(paragraph)

      return wrapParagraph(paragraph, width, style).map((line) => ({
        text: line,
        direction,
      }))
    })
}

/**
 * The lines of {@link wrapParagraphs}, as text only.
 *
 * @example wrapText(line.title, 200, { size: 8 })
 */
export function wrapText(
  text: string,
  width: number,
  style: TextStyle
): string[] {
  return wrapParagraphs(text, width, style).map((line) => line.text)
}
