import {
  isCountryCode,
  isValidBic,
  isValidIban,
  isValidVatNumber,
} from "../settings-rules"

describe("isValidIban", () => {
  it.each([
    "DE89 3704 0044 0532 0130 00",
    "GB29NWBK60161331926819",
    "FR1420041010050500013M02606",
    "nl91abna0417164300",
  ])("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true)
  })

  it.each([
    "DE89 3704 0044 0532 0130 01",
    "DE00370400440532013000",
    "DE89",
    "12DE370400440532013000",
    "",
  ])("refuses %s", (iban) => {
    expect(isValidIban(iban)).toBe(false)
  })
})

describe("isValidVatNumber", () => {
  it.each(["DE123456789", "ATU12345678", "EL123456789", "NL 8036.56.789.B01"])(
    "accepts %s",
    (vat) => {
      expect(isValidVatNumber(vat)).toBe(true)
    }
  )

  it.each(["123456789", "D1234", "DE", "DE-"])("refuses %s", (vat) => {
    expect(isValidVatNumber(vat)).toBe(false)
  })
})

describe("isCountryCode and isValidBic", () => {
  it("knows ISO countries in any case", () => {
    expect(isCountryCode("de")).toBe(true)
    expect(isCountryCode("JP")).toBe(true)
    expect(isCountryCode("xx")).toBe(false)
    expect(isCountryCode("deu")).toBe(false)
  })

  it("checks BIC shapes", () => {
    expect(isValidBic("COBADEFFXXX")).toBe(true)
    expect(isValidBic("COBADEFF")).toBe(true)
    expect(isValidBic("COBADE")).toBe(false)
  })
})
