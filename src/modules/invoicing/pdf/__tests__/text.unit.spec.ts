import { assignFamilies } from "../families"
import { fontFile, loadFont } from "../fonts"
import { fitInto, logoSize } from "../logo"
import { measureText, visualLine } from "../runs"
import { wrapParagraphs, wrapText } from "../wrap"

const C11 = ["Иван Петров", "東京都渋谷区", "Crème brûlée – 5 €", "شكرا لطلبك"]

describe("assignFamilies", () => {
  it.each(C11)("draws every character of %s with a real glyph", (text) => {
    for (const span of assignFamilies(text)) {
      const font = loadFont(span.family, "regular")
      for (const char of span.text) {
        expect(font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)).toBe(true)
      }
    }
  })

  it("picks the font per run of text", () => {
    const spans = assignFamilies("Иван, 東京都 / شكرا لطلبك")

    expect(spans.map((span) => [span.family, span.text])).toEqual([
      ["latin", "Иван, "],
      ["japanese", "東京都 / "],
      ["arabic", "شكرا لطلبك"],
    ])
  })

  it("draws a Chinese run whole in the first font that has all of it", () => {
    // Japanese has 我, 中 and 文 but not the simplified 们 and 说.
    const spans = assignFamilies("我们说中文")

    expect(spans).toEqual([{ family: "chinese", text: "我们说中文", start: 0 }])
  })

  it("draws Korean and Greek", () => {
    expect(assignFamilies("서울특별시")[0].family).toBe("korean")
    expect(assignFamilies("Αθήνα")[0].family).toBe("latin")
  })

  it("resolves every font from an installed npm package", () => {
    expect(fontFile("japanese", "bold")).toMatch(
      /node_modules\/@embedpdf\/fonts-jp\/fonts\/NotoSansJP-Bold\.otf$/
    )
  })
})

describe("visualLine", () => {
  it("keeps a left-to-right line in logical order", () => {
    const line = visualLine("Order 1042: شكرا لطلبك", { size: 9 })

    expect(line.rtl).toBe(false)
    expect(line.runs.map((run) => [run.text, run.rtl])).toEqual([
      ["Order 1042: ", false],
      ["شكرا لطلبك", true],
    ])
  })

  it("orders the runs of a right-to-left line right to left", () => {
    const line = visualLine("شكرا 123 (نعم)", { size: 9 })

    expect(line.rtl).toBe(true)
    // Left to right on the page: the bracketed word (brackets mirrored),
    // the number, then the first word at the right edge.
    expect(line.runs.map((run) => run.text)).toEqual([
      "(",
      "نعم",
      ")",
      " ",
      "123",
      "شكرا ",
    ])
  })

  it("lays a line out in its paragraph's direction when told", () => {
    const own = visualLine("Medusa شكرا", { size: 9 })
    const inArabic = visualLine("Medusa شكرا", { size: 9 }, "rtl")

    expect(own.runs.map((run) => run.text)).toEqual(["Medusa ", "شكرا"])
    expect(inArabic.rtl).toBe(true)
    expect(inArabic.runs.map((run) => run.text)).toEqual([
      "شكرا",
      " ",
      "Medusa",
    ])
  })

  it("leaves Arabic shaping and glyph reversal to fontkit", () => {
    const font = loadFont("arabic", "regular")
    const glyphs = font.layout("شكرا", []).glyphs
    const isolatedSheen = font.glyphForCodePoint(0x634).id

    expect(glyphs.map((glyph) => glyph.codePoints[0])).toEqual([
      0x627, 0x631, 0x643, 0x634,
    ])
    expect(glyphs[3].id).not.toBe(isolatedSheen)
  })

  it("measures a line as the sum of its runs", () => {
    const style = { size: 10 }
    const line = visualLine("Иван 東京", style)

    expect(line.width).toBeCloseTo(measureText("Иван 東京", style), 6)
    expect(line.width).toBeGreaterThan(measureText("Иван", style))
  })
})

describe("wrapText", () => {
  const style = { size: 8 }

  it("wraps at spaces into lines that fit and keeps every word", () => {
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ")
    const lines = wrapText(title, 120, style)

    expect(lines.length).toBeGreaterThan(3)
    lines.forEach((line) =>
      expect(measureText(line, style)).toBeLessThanOrEqual(120)
    )
    expect(lines.join(" ")).toBe(title)
  })

  it("breaks Japanese between characters", () => {
    const text = "東京都渋谷区道玄坂一丁目二番三号渋谷フクラス"
    const lines = wrapText(text, 40, style)

    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join("")).toBe(text)
  })

  it("breaks a word wider than the line inside the word", () => {
    const word = "x".repeat(200)
    const lines = wrapText(word, 50, style)

    expect(lines.join("")).toBe(word)
    lines.forEach((line) =>
      expect(measureText(line, style)).toBeLessThanOrEqual(50)
    )
  })

  it("gives every wrapped line its paragraph's direction", () => {
    const note = "شكرا لطلبك Medusa Store\nSee you soon"
    const lines = wrapParagraphs(
      note,
      measureText("شكرا لطلبك", style) + 1,
      style
    )

    expect(lines.slice(0, 3)).toEqual([
      { text: "شكرا لطلبك", direction: "rtl" },
      { text: "Medusa", direction: "rtl" },
      { text: "Store", direction: "rtl" },
    ])
    expect(
      lines
        .slice(3)
        .map((line) => line.text)
        .join(" ")
    ).toBe("See you soon")
    lines.slice(3).forEach((line) => expect(line.direction).toBe("ltr"))
  })

  it("keeps explicit line breaks and composes accents", () => {
    expect(wrapText("Cre\u0300me\nbru\u0302le\u0301e", 500, style)).toEqual([
      "Crème",
      "brûlée",
    ])
  })
})

describe("logoSize", () => {
  it("reads a PNG's size", () => {
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64"
    )

    expect(logoSize(png)).toEqual({ width: 1, height: 1 })
  })

  it("reads a JPEG's size from its frame header", () => {
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11,
      0x08, 0x00, 0x32, 0x00, 0x64, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00,
    ])

    expect(logoSize(jpeg)).toEqual({ width: 100, height: 50 })
  })

  it("rejects anything else", () => {
    expect(() => logoSize(Buffer.from("GIF89a"))).toThrow(
      "The invoice logo must be a PNG or JPEG image"
    )
  })

  it("fits a logo into its box keeping its proportions", () => {
    expect(fitInto({ width: 400, height: 100 }, 150, 50)).toEqual({
      width: 150,
      height: 37.5,
    })
  })
})
