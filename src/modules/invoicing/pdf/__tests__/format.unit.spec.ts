import {
  countryName,
  formatDate,
  formatDecimal,
  formatMoney,
  formatRate,
} from "../format"
import { LOCALE_TAGS, PDF_LOCALES } from "../locale"

const NBSP = "\u00a0"
const NNBSP = "\u202f"

describe("formatMoney", () => {
  it.each(PDF_LOCALES)("writes EUR like Intl does for %s", (locale) => {
    const intl = new Intl.NumberFormat(LOCALE_TAGS[locale], {
      style: "currency",
      currency: "EUR",
    })

    for (const amount of ["0", "1.5", "1234.56", "-98765.43", "1000000"]) {
      expect(formatMoney(amount, "eur", locale)).toBe(
        intl.format(Number(amount))
      )
    }
  })

  it("prints JPY without decimals, rounding half away from zero", () => {
    expect(formatMoney("1234.5", "jpy", "en")).toBe("¥1,235")
    expect(formatMoney(-1234.5, "jpy", "en")).toBe("-¥1,235")
    expect(formatMoney("999", "jpy", "de")).toBe(`999${NBSP}¥`)
  })

  it("prints KWD with three decimals", () => {
    expect(formatMoney("1.2345", "kwd", "en")).toBe(`KWD${NBSP}1.235`)
    expect(formatMoney("1234", "kwd", "de")).toBe(`1.234,000${NBSP}KWD`)
  })

  it("keeps every digit of amounts a float cannot hold", () => {
    expect(formatMoney("12345678901234567.895", "eur", "en")).toBe(
      "€12,345,678,901,234,567.90"
    )
    expect(formatMoney("0.285", "eur", "fr")).toBe(`0,29${NBSP}€`)
  })

  it("groups the French way and leaves four Spanish digits ungrouped", () => {
    expect(formatMoney("1234.5", "eur", "fr")).toBe(`1${NNBSP}234,50${NBSP}€`)
    expect(formatMoney("1234.5", "eur", "es")).toBe(`1234,50${NBSP}€`)
    expect(formatMoney("12345.5", "eur", "es")).toBe(`12.345,50${NBSP}€`)
  })

  it("prints a rounded-away negative zero as zero", () => {
    expect(formatMoney("-0.001", "eur", "en")).toBe("€0.00")
  })

  it("falls back to the code for a currency Intl rejects", () => {
    expect(formatMoney("10", "xx", "en")).toBe("XX 10.00")
  })
})

describe("formatDecimal and formatRate", () => {
  it("prints quantities with the decimals they have", () => {
    expect(formatDecimal(2, "en")).toBe("2")
    expect(formatDecimal("1234.5", "de")).toBe("1.234,5")
    expect(formatDecimal("0.125", "fr")).toBe("0,125")
  })

  it("prints tax rates given in percent", () => {
    expect(formatRate(19, "en")).toBe("19%")
    expect(formatRate("7.5", "de")).toBe(`7,5${NBSP}%`)
    expect(formatRate("0", "nl")).toBe("0%")
  })
})

describe("formatDate", () => {
  const originalTz = process.env.TZ

  afterEach(() => {
    process.env.TZ = originalTz
  })

  it.each([
    ["en", "December 4, 2026"],
    ["de", "4. Dezember 2026"],
    ["fr", "4 décembre 2026"],
    ["es", "4 de diciembre de 2026"],
    ["nl", "4 december 2026"],
  ] as const)("writes the date for %s", (locale, expected) => {
    expect(formatDate("2026-12-04", locale)).toBe(expected)
  })

  it.each(["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Tokyo"])(
    "prints the calendar date unshifted with TZ=%s",
    (tz) => {
      process.env.TZ = tz

      expect(formatDate("2027-01-01", "en")).toBe("January 1, 2027")
      expect(formatDate("2026-12-31", "de")).toBe("31. Dezember 2026")
    }
  )

  it("prints anything that is not a calendar date as given", () => {
    expect(formatDate("soon", "en")).toBe("soon")
  })
})

describe("countryName", () => {
  it("names countries in the locale, whatever the code's case", () => {
    expect(countryName("de", "fr")).toBe("Allemagne")
    expect(countryName("JP", "de")).toBe("Japan")
    expect(countryName("es", "es")).toBe("España")
  })

  it("prints an unknown code upper-cased", () => {
    expect(countryName("zz1", "en")).toBe("ZZ1")
  })
})
