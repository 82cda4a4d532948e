import * as Render from "../render"
import { renderInvoicePdf } from "../render"
import type { PdfDocumentInput } from "../types"
import {
  invoiceWith,
  itemLines,
  multiScriptInvoice,
  SELLER,
  shippingLine,
} from "./fixtures"
import { countIn, extractText } from "./pdf-text"

const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
)

async function linesOf(doc: PdfDocumentInput, locale = "en" as const) {
  return (await extractText(await renderInvoicePdf(doc, { locale }))).all
}

describe("renderInvoicePdf: an invoice", () => {
  let lines: string[]

  beforeAll(async () => {
    lines = await linesOf(invoiceWith([shippingLine(3), ...itemLines(2)]))
  })

  it("prints the title, number, dates and order reference", () => {
    expect(lines).toContain("Invoice")
    expect(lines).toContain("Invoice number INV-2026-00042")
    expect(lines).toContain("Issue date December 4, 2026")
    expect(lines).toContain("Due date December 18, 2026")
    expect(lines.join("\n")).toMatch(/Order #1042$/m)
  })

  it("prints the seller and the buyer with their VAT ids", () => {
    expect(lines).toContain("Acme Handels GmbH")
    expect(lines).toContain("VAT ID: DE123456789")
    expect(lines).toContain("Doe Trading Ltd")
    expect(lines).toContain("D02 X285 Dublin")
    expect(lines).toContain("Ireland")
    expect(lines).toContain("VAT ID: IE6388047V")
  })

  it("prints each line with quantity, prices, tax rate and total", () => {
    expect(lines).toContain("1 Article 001 2 €2.24 19% €5.33")
    expect(lines).toContain("Description of article 1")
    expect(lines).toContain("SKU: SKU-1")
  })

  it("prints shipping lines, marked, in position order", () => {
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start))

    expect(lines).toContain("3 DHL Express 1 €4.90 19% €5.83")
    expect(lines[at("3 DHL Express") + 1]).toBe("Shipping")
    expect(at("1 Article 001")).toBeLessThan(at("2 Article 002"))
    expect(at("2 Article 002")).toBeLessThan(at("3 DHL Express"))
  })

  it("prints the tax summary per rate and the totals", () => {
    const text = lines.join("\n")

    expect(text).toMatch(/^Rate Net Tax/m)
    expect(text).toMatch(/^VAT 19% €19.85 €3.77$/m)
    expect(text).toMatch(/Subtotal €19.85$/m)
    expect(text).toMatch(/Tax total €3.77$/m)
    expect(text).toMatch(/^Total €23.62$/m)
    expect(text).toMatch(/^Amount paid €10.00$/m)
    expect(text).toMatch(/^Amount due €13.62$/m)
  })

  it("prints payment instructions with the number as reference", () => {
    expect(lines).toContain("Please pay by bank transfer within 14 days.")
    expect(lines).toContain("IBAN: DE89 3704 0044 0532 0130 00")
    expect(lines).toContain("BIC: COBADEFFXXX")
    expect(lines).toContain("Reference: INV-2026-00042")
  })

  it("prints the footer and page 1 of 1", () => {
    expect(lines[lines.length - 1]).toBe(`${SELLER.footer} Page 1 of 1`)
  })
})

describe("renderInvoicePdf: a credit note", () => {
  it("names the invoice it corrects and why, without payment details", async () => {
    const lines = await linesOf(
      invoiceWith(itemLines(1), {
        kind: "credit_note",
        number: "CN-2026-00007",
        corrects_invoice_number: "INV-2026-00042",
        reason: "Goods returned damaged",
      })
    )

    expect(lines).toContain("Credit note")
    expect(lines).toContain("Credit note number CN-2026-00007")
    expect(lines.join("\n")).toMatch(/Corrects invoice INV-2026-00042$/m)
    expect(lines).toContain("Reason")
    expect(lines).toContain("Goods returned damaged")
    for (const absent of ["Due date", "Amount due", "Payment", "Reference:"]) {
      expect(countIn(lines, absent)).toBe(0)
    }
  })
})

// Noto Sans draws the no-break space with the space glyph, so amounts that
// Intl writes with U+00A0 ("5,33 €") extract with a plain space.
describe("renderInvoicePdf: German labels", () => {
  it("prints labels, dates, amounts and page numbers in German", async () => {
    const lines = await linesOf(invoiceWith(itemLines(1)), "de" as "en")

    expect(lines).toContain("Rechnung")
    expect(lines).toContain("Rechnungsnummer INV-2026-00042")
    expect(lines).toContain("Ausstellungsdatum 4. Dezember 2026")
    expect(lines).toContain("Fälligkeitsdatum 18. Dezember 2026")
    expect(lines).toContain(
      "Pos. Beschreibung Menge Einzelpreis Rabatt USt. Betrag"
    )
    expect(lines.join("\n")).toMatch(/Gesamtbetrag 5,33 €$/m)
    expect(lines.join("\n")).toMatch(/^Offener Betrag -4,67 €$/m)
    expect(lines).toContain("Verwendungszweck: INV-2026-00042")
    expect(lines[lines.length - 1]).toMatch(/Seite 1 von 1$/)
  })
})

describe("renderInvoicePdf: currencies", () => {
  it("prints JPY without decimals", async () => {
    const line = { ...itemLines(1)[0], unit_price: "1234.5", total: "1469" }
    const lines = await linesOf(
      invoiceWith([line], {
        currency_code: "jpy",
        total: "1469",
        balance: "1469",
      })
    )

    expect(lines).toContain("1 Article 001 2 ¥1,235 19% ¥1,469")
    expect(lines.join("\n")).not.toMatch(/¥[\d,]+\.\d/)
  })

  it("prints KWD with three decimals", async () => {
    const line = { ...itemLines(1)[0], unit_price: "1.2345", total: "2.938" }
    const lines = await linesOf(
      invoiceWith([line], { currency_code: "kwd", total: "2.938" })
    )

    expect(lines).toContain("1 Article 001 2 KWD 1.235 19% KWD 2.938")
    expect(lines.join("\n")).toMatch(/Total KWD 2.938$/m)
  })
})

describe("renderInvoicePdf: determinism", () => {
  it("renders the same input to the same bytes, dated issued_at", async () => {
    const doc = multiScriptInvoice()
    const first = await renderInvoicePdf(doc, { locale: "fr" })
    const second = await renderInvoicePdf(doc, { locale: "fr" })
    const text = await extractText(first)

    expect(first.equals(second)).toBe(true)
    expect(text.info.CreationDate).toBe("D:20261204093000Z")
    expect(text.info.ModDate).toBe("D:20261204093000Z")
  })

  it("gives the same bytes in a fresh process and after other documents", async () => {
    const doc = { ...multiScriptInvoice(), note: "سلام شكرا" }
    let isolated: typeof Render = Render
    jest.isolateModules(() => {
      isolated = jest.requireActual<typeof Render>("../render")
    })
    const fresh = await isolated.renderInvoicePdf(doc, { locale: "en" })
    await renderInvoicePdf(invoiceWith(itemLines(30)), { locale: "de" })
    const warm = await renderInvoicePdf(doc, { locale: "en" })

    expect(warm.equals(fresh)).toBe(true)
  })

  it("derives the trailer ID from the document, not from chance", async () => {
    const idOf = (pdf: Buffer) =>
      /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString("latin1"))?.[1]
    const doc = invoiceWith(itemLines(1))
    const later = { ...doc, issued_at: new Date("2026-12-05T08:00:00Z") }
    const a = await renderInvoicePdf(doc, { locale: "en" })
    const b = await renderInvoicePdf(later, { locale: "en" })

    expect(idOf(a)).toMatch(/^[0-9a-f]{32}$/)
    expect(idOf(a)).toBe(idOf(await renderInvoicePdf(doc, { locale: "en" })))
    expect(idOf(b)).not.toBe(idOf(a))
  })
})

describe("renderInvoicePdf: logo and errors", () => {
  it("draws a PNG logo", async () => {
    const pdf = await renderInvoicePdf(invoiceWith(itemLines(1)), {
      locale: "en",
      logo: PNG_1X1,
    })

    expect(pdf.toString("latin1")).toMatch(/\/Subtype \/Image/)
  })

  it("rejects a logo that is not PNG or JPEG", async () => {
    await expect(
      renderInvoicePdf(invoiceWith(itemLines(1)), {
        locale: "en",
        logo: Buffer.from("GIF89a"),
      })
    ).rejects.toThrow("The invoice logo must be a PNG or JPEG image")
  })

  it("rejects an unsupported locale and an undated document", async () => {
    const doc = invoiceWith(itemLines(1))

    await expect(
      renderInvoicePdf(doc, { locale: "it" as "en" })
    ).rejects.toThrow("Unsupported invoice PDF locale: it")
    await expect(
      renderInvoicePdf({ ...doc, issued_at: "yesterday" }, { locale: "en" })
    ).rejects.toThrow("issued_at is not a date: yesterday")
  })
})
