import { PDF_LABELS, pageOf } from "../labels"
import { PDF_LOCALES, pickLocale } from "../locale"

describe("pickLocale", () => {
  it("reads the language of BCP 47 tags and POSIX locales", () => {
    expect(pickLocale(["de-DE"], "en")).toBe("de")
    expect(pickLocale(["fr_CA.UTF-8"], "en")).toBe("fr")
    expect(pickLocale(["NL"], "en")).toBe("nl")
    expect(pickLocale([" es-419 "], "en")).toBe("es")
  })

  it("skips unknown and empty candidates for the next one", () => {
    expect(pickLocale([null, undefined, "", "pt-BR", "es"], "en")).toBe("es")
  })

  it("gives the fallback when no candidate is supported", () => {
    expect(pickLocale(["ja-JP", "zh"], "de")).toBe("de")
    expect(pickLocale([], "fr")).toBe("fr")
  })
})

describe("labels", () => {
  it("exist in every locale, none empty", () => {
    const keys = Object.keys(PDF_LABELS.en)

    for (const locale of PDF_LOCALES) {
      expect(Object.keys(PDF_LABELS[locale]).sort()).toEqual([...keys].sort())
      for (const key of keys) {
        expect(PDF_LABELS[locale][key as keyof typeof PDF_LABELS.en]).not.toBe(
          ""
        )
      }
    }
  })

  it.each([
    ["en", "Page 2 of 5"],
    ["de", "Seite 2 von 5"],
    ["fr", "Page 2 sur 5"],
    ["es", "Página 2 de 5"],
    ["nl", "Pagina 2 van 5"],
  ] as const)("say page n of m in %s", (locale, expected) => {
    expect(pageOf(PDF_LABELS[locale], 2, 5)).toBe(expected)
  })
})
