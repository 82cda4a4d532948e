import { readFileSync } from "fs"
import { dirname, join } from "path"
import * as fontkit from "fontkit"

/** The font families embedded, each one Noto font of an npm package. */
export type FontFamily = "latin" | "arabic" | "japanese" | "korean" | "chinese"
/** The two weights embedded: body text and headings. */
export type FontWeight = "regular" | "bold"

type FontSource = { packageName: string; regular: string; bold: string }

/**
 * Noto fonts (OFL-1.1) shipped as npm packages, so `npm install` brings them
 * and a built plugin finds them in node_modules: Noto Sans (Latin, Greek,
 * Cyrillic), Noto Naskh Arabic, Noto Sans JP (JIS kanji, kana), Noto Sans KR
 * (Hangul, hanja) and Noto Sans SC (GB 2312 hanzi).
 */
const SOURCES: Record<FontFamily, FontSource> = {
  latin: {
    packageName: "@embedpdf/fonts-latin",
    regular: "NotoSans-Regular.ttf",
    bold: "NotoSans-Bold.ttf",
  },
  arabic: {
    packageName: "@embedpdf/fonts-arabic",
    regular: "NotoNaskhArabic-Regular.ttf",
    bold: "NotoNaskhArabic-Bold.ttf",
  },
  japanese: {
    packageName: "@embedpdf/fonts-jp",
    regular: "NotoSansJP-Regular.otf",
    bold: "NotoSansJP-Bold.otf",
  },
  korean: {
    packageName: "@embedpdf/fonts-kr",
    regular: "NotoSansKR-Regular.otf",
    bold: "NotoSansKR-Bold.otf",
  },
  chinese: {
    packageName: "@embedpdf/fonts-sc",
    regular: "NotoSansHans-Regular.otf",
    bold: "NotoSansHans-Bold.otf",
  },
}

/**
 * The order fonts are tried in: the first family with a glyph for a
 * character draws it. Japanese comes before Chinese so that shared kanji
 * take Japanese forms; a run of Han characters that Japanese cannot draw
 * whole goes to the first family that can (see `assignFamilies`).
 */
export const FONT_FAMILIES: FontFamily[] = [
  "latin",
  "arabic",
  "japanese",
  "korean",
  "chinese",
]

/** Parsed fonts, never used directly: the prototypes of the views below. */
const templates = new Map<string, fontkit.Font>()
const measuring = new Map<string, fontkit.Font>()

/** Where a family's font file is, resolved through node_modules. */
export function fontFile(family: FontFamily, weight: FontWeight): string {
  const source = SOURCES[family]
  // The packages export only their JS entry (dist/index.cjs); the font
  // files sit in fonts/ beside dist/.
  const entry = require.resolve(source.packageName)

  return join(dirname(entry), "..", "fonts", source[weight])
}

type GlyphCache = { _glyphs: Record<number, unknown> }

function template(family: FontFamily, weight: FontWeight): fontkit.Font {
  const key = `${family}-${weight}`
  let font = templates.get(key)
  if (!font) {
    const parsed = fontkit.create(readFileSync(fontFile(family, weight)))
    if (!("layout" in parsed)) {
      throw new Error(`The ${key} font file is a collection, not a font`)
    }
    font = parsed
    templates.set(key, font)
  }

  return font
}

/**
 * A view of a parsed font that shares its decoded tables (decoding Noto
 * Sans' GPOS alone takes ~100 ms) but has a glyph cache of its own.
 * fontkit caches each glyph with the characters of its first use, and
 * pdfkit builds a document's ToUnicode map from those: with one cache for
 * all documents, the text a PDF extracts to would depend on what was
 * rendered before it. fontkit 2.0.4 keeps that cache in `_glyphs`; the
 * determinism tests render in a fresh process and after other documents.
 */
function viewOf(font: fontkit.Font): fontkit.Font {
  const view = Object.create(font) as fontkit.Font & GlyphCache
  view._glyphs = {}

  return view
}

/**
 * A family's font for one PDF document: parsed once per process, with a
 * glyph cache of its own (see `viewOf`).
 *
 * @throws Error when the font package is missing or holds no single font.
 */
export function documentFont(
  family: FontFamily,
  weight: FontWeight
): fontkit.Font {
  return viewOf(template(family, weight))
}

/**
 * A family's font for measuring text and checking coverage, shared by all
 * renders and never handed to pdfkit.
 *
 * @throws Error when the font package is missing or holds no single font.
 */
export function loadFont(family: FontFamily, weight: FontWeight): fontkit.Font {
  const key = `${family}-${weight}`
  let font = measuring.get(key)
  if (!font) {
    font = viewOf(template(family, weight))
    measuring.set(key, font)
  }

  return font
}

/**
 * True when the family has a glyph for the code point. Coverage is read
 * from the regular weight, so checking never loads a bold font.
 */
export function covers(family: FontFamily, codePoint: number): boolean {
  return loadFont(family, "regular").hasGlyphForCodePoint(codePoint)
}

/** The first family, in fallback order, with a glyph for the code point. */
export function firstCovering(codePoint: number): FontFamily | null {
  return FONT_FAMILIES.find((family) => covers(family, codePoint)) ?? null
}
