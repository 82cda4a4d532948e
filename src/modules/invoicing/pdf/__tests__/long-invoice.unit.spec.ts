import { renderInvoicePdf } from "../render"
import { invoiceWith, itemLines, lineTitle } from "./fixtures"
import { countIn, extractText, PdfText } from "./pdf-text"

const HEADER = "# Description Qty Unit price Discount Tax Amount"

/** Description column of the line table, in points from the page's left. */
const DESCRIPTION_COLUMN = { left: 68, right: 277.3 }

function pageOfLine(text: PdfText, line: string): number[] {
  return text.pages.flatMap((page, index) =>
    page.lines.includes(line) ? [index] : []
  )
}

describe("C-10: an invoice of 200 lines", () => {
  let text: PdfText

  beforeAll(async () => {
    const pdf = await renderInvoicePdf(invoiceWith(itemLines(200)), {
      locale: "en",
    })
    text = await extractText(pdf)
  })

  it("spans several pages, each numbered page n of m", () => {
    const count = text.pages.length

    expect(count).toBeGreaterThan(5)
    text.pages.forEach((page, index) => {
      expect(page.lines[page.lines.length - 1]).toMatch(
        new RegExp(`Page ${index + 1} of ${count}$`)
      )
    })
  })

  it("prints every line exactly once, in position order", () => {
    const titles = itemLines(200).map((line) => line.title)
    const found = text.all.flatMap((line) =>
      titles.filter((title) => line.includes(title))
    )

    expect(found).toEqual(titles)
    titles.forEach((title) => expect(countIn(text.all, title)).toBe(1))
  })

  it("never splits a row across pages", () => {
    for (let index = 1; index <= 200; index++) {
      const titlePage = text.pages.findIndex((page) =>
        page.lines.some((line) =>
          line.startsWith(`${index} ${lineTitle(index)}`)
        )
      )

      expect(titlePage).toBeGreaterThanOrEqual(0)
      expect(pageOfLine(text, `Description of article ${index}`)).toEqual([
        titlePage,
      ])
      expect(pageOfLine(text, `SKU: SKU-${index}`)).toEqual([titlePage])
    }
  })

  it("repeats the table header on every page", () => {
    text.pages.forEach((page) => {
      expect(page.lines.filter((line) => line === HEADER)).toHaveLength(1)
    })
  })

  it("prints the tax summary and the totals once, on the last page", () => {
    const last = text.pages[text.pages.length - 1].lines

    for (const label of [
      "Tax summary",
      "Subtotal",
      "Tax total",
      "Amount due",
    ]) {
      expect(countIn(text.all, label)).toBe(1)
      expect(countIn(last, label)).toBe(1)
    }
  })
})

describe("C-10: a line with a very long title", () => {
  const words = Array.from(
    { length: 180 },
    (_, i) => `${["alpha", "bravo", "charlie", "delta"][i % 4]}${i}`
  )
  const title = words.join(" ")

  async function render(lineTitleText: string) {
    const [first, ...rest] = itemLines(3)
    const long = {
      ...first,
      title: lineTitleText,
      description: null,
      sku: null,
    }
    const pdf = await renderInvoicePdf(invoiceWith([long, ...rest]), {
      locale: "en",
    })

    return extractText(pdf)
  }

  function descriptionItems(text: PdfText, pageIndex: number) {
    return text.pages[pageIndex].items.filter(
      (item) =>
        item.x >= DESCRIPTION_COLUMN.left &&
        item.x < DESCRIPTION_COLUMN.right &&
        /^(alpha|bravo|charlie|delta)/.test(item.text)
    )
  }

  it("wraps the title inside its column and keeps every word, once", async () => {
    const text = await render(title)
    const items = descriptionItems(text, 0)

    expect(items.length).toBeGreaterThan(10)
    items.forEach((item) =>
      expect(item.x + item.width).toBeLessThanOrEqual(DESCRIPTION_COLUMN.right)
    )
    expect(items.map((item) => item.text).join(" ")).toBe(title)
    expect(text.all.some((line) => line.startsWith("2 Article 002"))).toBe(true)
  })

  it("splits only a row taller than a page, between its lines", async () => {
    const giant = Array.from({ length: 12 }, () => title).join(" ")
    const text = await render(giant)
    const pages = text.pages.map((_, index) => descriptionItems(text, index))

    expect(text.pages.length).toBeGreaterThan(2)
    expect(
      pages
        .flat()
        .map((item) => item.text)
        .join(" ")
    ).toBe(giant)
    text.pages.forEach((page) => expect(page.lines).toContain(HEADER))
  })
})
