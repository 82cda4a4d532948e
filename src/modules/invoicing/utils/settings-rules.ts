/**
 * Checks for the seller's settings: IBAN checksum, VAT id shape and ISO
 * country codes. Pure functions, no framework imports.
 */

/** The languages invoices and credit notes are printed in. */
export const INVOICE_LANGUAGES = ["en", "de", "fr", "es", "nl"] as const
export type InvoiceLanguage = (typeof INVOICE_LANGUAGES)[number]

/** An IBAN without spaces, upper-cased. */
export function normalizeIban(iban: string): string {
  return iban.replace(/\s+/g, "").toUpperCase()
}

/**
 * True for an IBAN of valid shape whose ISO 13616 check digits are right
 * (the number, rearranged and read in base 36, is 1 modulo 97).
 *
 * @example isValidIban("DE89 3704 0044 0532 0130 00") // true
 */
export function isValidIban(iban: string): boolean {
  const value = normalizeIban(iban)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) {
    return false
  }

  const rearranged = value.slice(4) + value.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const digit of digits) {
      remainder = (remainder * 10 + Number(digit)) % 97
    }
  }

  return remainder === 1
}

/**
 * True for a VAT id of the common shape: a two-letter country prefix (EU
 * prefixes such as `DE`, `EL`, `XI`, or `GB`, `CH`, `NO`...) followed by 2
 * to 13 letters, digits or the `+*.` some countries use. Spaces and dots
 * are ignored.
 *
 * @example isValidVatNumber("DE123456789") // true
 */
export function isValidVatNumber(vat: string): boolean {
  const value = vat.replace(/[\s.-]+/g, "").toUpperCase()

  return /^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(value)
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" })

/**
 * True for an ISO 3166-1 alpha-2 country code the runtime knows, in any
 * case.
 *
 * @example isCountryCode("de") // true
 * @example isCountryCode("xx") // false
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Za-z]{2}$/.test(code)) {
    return false
  }

  const upper = code.toUpperCase()
  try {
    return regionNames.of(upper) !== upper
  } catch {
    return false
  }
}

/** True for a BIC (SWIFT code) of 8 or 11 characters. */
export function isValidBic(bic: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(
    bic.replace(/\s+/g, "").toUpperCase()
  )
}
