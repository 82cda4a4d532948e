/**
 * Text extraction for the PDF tests, with pdf.js (the legacy build, meant
 * for Node). pdf.js is an ES module; this jest setup runs tests as
 * CommonJS inside a VM context, where `import()` of an ES module fails. Node
 * (>= 20.19) can `require` ES modules itself, so pdf.js is loaded with
 * Node's own require, taken from the real `module` builtin.
 */

type TextItem = {
  str: string
  dir: string
  width: number
  transform: number[]
}

type PdfjsPage = {
  getTextContent(): Promise<{ items: (TextItem | { type: string })[] }>
}

type PdfjsDocument = {
  numPages: number
  getPage(pageNumber: number): Promise<PdfjsPage>
  getMetadata(): Promise<{ info: Record<string, unknown> }>
  destroy(): Promise<void>
}

type Pdfjs = {
  getDocument(source: Record<string, unknown>): {
    promise: Promise<PdfjsDocument>
  }
}

/** A piece of text as pdf.js reports it, with its position in points. */
export type PdfTextItem = {
  text: string
  dir: string
  x: number
  y: number
  width: number
}

/** One page: its text items and its lines, top to bottom. */
export type PdfPageText = { items: PdfTextItem[]; lines: string[] }

/** Everything extracted from a PDF. */
export type PdfText = {
  pages: PdfPageText[]
  info: Record<string, unknown>
  /** All lines of all pages. */
  all: string[]
}

let pdfjs: Pdfjs | null = null

function loadPdfjs(): Pdfjs {
  if (!pdfjs) {
    const nodeModule = process.getBuiltinModule("module")
    const nodeRequire = nodeModule.createRequire(__filename)
    pdfjs = nodeRequire("pdfjs-dist/legacy/build/pdf.mjs") as Pdfjs
  }

  return pdfjs
}

function toItem(item: TextItem): PdfTextItem {
  return {
    text: item.str,
    dir: item.dir,
    x: item.transform[4],
    y: item.transform[5],
    width: item.width,
  }
}

/**
 * Groups items into lines by baseline and joins each line left to right,
 * with a space where two items do not touch.
 */
function linesOf(items: PdfTextItem[]): string[] {
  const rows = new Map<number, PdfTextItem[]>()
  for (const item of items) {
    const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < 1.5)
    rows.set(key ?? item.y, [...(rows.get(key ?? item.y) ?? []), item])
  }

  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .reduce((line, item, index) => {
          const previous = row[index - 1]
          const gap = previous ? item.x - (previous.x + previous.width) : 0

          return line + (index > 0 && gap > 1 ? " " : "") + item.text
        }, "")
    )
}

async function pageText(document: PdfjsDocument, pageNumber: number) {
  const page = await document.getPage(pageNumber)
  const content = await page.getTextContent()
  const items = content.items
    .filter((item): item is TextItem => "str" in item && item.str !== "")
    .map(toItem)

  return { items, lines: linesOf(items) }
}

/** Extracts the text of every page of a PDF. */
export async function extractText(pdf: Buffer): Promise<PdfText> {
  // pdf.js runs in Node's realm: hand it that realm's Uint8Array, which is
  // Buffer's parent class, not the test context's.
  const RealmUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor
  const document = await loadPdfjs().getDocument({
    data: new RealmUint8Array(pdf),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  }).promise
  try {
    const pages: PdfPageText[] = []
    for (let number = 1; number <= document.numPages; number++) {
      pages.push(await pageText(document, number))
    }
    const { info } = await document.getMetadata()

    return { pages, info, all: pages.flatMap((page) => page.lines) }
  } finally {
    await document.destroy()
  }
}

/** How many times `needle` occurs in `lines`, overlapping hits excluded. */
export function countIn(lines: string[], needle: string): number {
  return lines.reduce((count, line) => count + line.split(needle).length - 1, 0)
}
