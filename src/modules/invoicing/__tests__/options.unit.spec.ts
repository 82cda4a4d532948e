import { parseInvoicingOptions } from "../options"

describe("parseInvoicingOptions", () => {
  it("fills in the defaults", () => {
    expect(parseInvoicingOptions(undefined)).toEqual({
      seller: { name: "My Store" },
      number_format: "INV-{YYYY}-{NNNNN}",
      credit_note_number_format: "CN-{YYYY}-{NNNNN}",
      allow_void: false,
      payment_terms_days: 14,
      reminder_days: [3, 14, 30],
      timezone: "UTC",
      default_language: "en",
      email_template: "invoice-issued",
      reminder_email_template: "invoice-reminder",
    })
  })

  it("ignores the keys Medusa adds to every module's options", () => {
    const options = parseInvoicingOptions({
      database: { clientUrl: "postgres://localhost/x" },
      payment_terms_days: 30,
    })

    expect(options.payment_terms_days).toBe(30)
    expect(options).not.toHaveProperty("database")
  })

  it.each([
    [{ payment_terms_days: -1 }, 'invalid option "payment_terms_days"'],
    [{ payment_terms_days: 7.5 }, 'invalid option "payment_terms_days"'],
    [{ number_format: "INV-{NNNN}" }, 'invalid option "number_format"'],
    [{ timezone: "Europe/Atlantis" }, 'invalid option "timezone"'],
    [{ seller: { name: "" } }, 'invalid option "seller.name"'],
    [{ seller: { name: "A", email: "nope" } }, 'invalid option "seller.email"'],
    [{ payment_term_days: 30 }, 'invalid option "payment_term_days"'],
    [{ reminder_days: [14, 3] }, 'invalid option "reminder_days"'],
    [{ allow_void: "yes" }, 'invalid option "allow_void"'],
    [{ default_language: "it" }, 'invalid option "default_language"'],
    [
      { seller: { name: "A", iban: "DE89370400440532013001" } },
      'invalid option "seller.iban"',
    ],
    [
      { seller: { name: "A", vat_number: "123" } },
      'invalid option "seller.vat_number"',
    ],
    [
      { seller: { name: "A", country_code: "xx" } },
      'invalid option "seller.country_code"',
    ],
    [
      { credit_note_number_format: "INV-{YYYY}-{NNNNN}" },
      'invalid option "credit_note_number_format"',
    ],
  ])("stops with a message naming the bad option: %j", (raw, message) => {
    expect(() => parseInvoicingOptions(raw)).toThrow(message)
  })
})
