import BigNumber from "bignumber.js"
import { currencyDecimals, roundToMinorUnit } from "../utils/money"
import { LOCALE_TAGS } from "./locale"
import type { PdfAmount, PdfLocale } from "./types"

/**
 * A locale's way of writing one kind of number, read once from Intl: the
 * parts around the digits (sign, currency, percent, spaces) and the
 * separators. The digits themselves always come from exact decimals.
 */
type NumberPattern = {
  positive: Intl.NumberFormatPart[]
  negative: Intl.NumberFormatPart[]
  decimal: string
  group: string
  /** 2 where a locale leaves four-digit numbers ungrouped (es: 1234,56). */
  minimumGrouping: number
}

const NUMERIC_PARTS = new Set(["integer", "group", "decimal", "fraction"])
const patterns = new Map<string, NumberPattern>()

function partValue(parts: Intl.NumberFormatPart[], type: string) {
  return parts.find((part) => part.type === type)?.value
}

function readPattern(
  locale: PdfLocale,
  options: Intl.NumberFormatOptions
): NumberPattern {
  const format = new Intl.NumberFormat(LOCALE_TAGS[locale], {
    ...options,
    minimumFractionDigits: 1,
  })
  const sample = format.formatToParts(1234567.5)

  return {
    positive: format.formatToParts(1),
    negative: format.formatToParts(-1),
    decimal: partValue(sample, "decimal") ?? ".",
    group: partValue(sample, "group") ?? "",
    minimumGrouping: partValue(format.formatToParts(1234.5), "group") ? 1 : 2,
  }
}

function patternFor(
  locale: PdfLocale,
  options: Intl.NumberFormatOptions
): NumberPattern {
  const key = `${locale}:${JSON.stringify(options)}`
  let pattern = patterns.get(key)
  if (!pattern) {
    pattern = readPattern(locale, options)
    patterns.set(key, pattern)
  }

  return pattern
}

function digitsOf(
  magnitude: BigNumber,
  decimals: number | null,
  pattern: NumberPattern
): string {
  const integerDigits = magnitude.integerValue(BigNumber.ROUND_DOWN).toFixed()
  const grouped = integerDigits.length >= 4 + pattern.minimumGrouping - 1
  const format = {
    decimalSeparator: pattern.decimal,
    groupSeparator: grouped ? pattern.group : "",
    groupSize: 3,
  }

  return decimals === null
    ? magnitude.toFormat(format)
    : magnitude.toFormat(decimals, BigNumber.ROUND_HALF_UP, format)
}

function applyPattern(
  value: BigNumber,
  decimals: number | null,
  pattern: NumberPattern
): string {
  const negative = value.isNegative() && !value.isZero()
  const parts = negative ? pattern.negative : pattern.positive
  const digits = digitsOf(value.abs(), decimals, pattern)
  let written = false

  return parts
    .map((part) => {
      if (!NUMERIC_PARTS.has(part.type)) {
        return part.value
      }
      const text = written ? "" : digits
      written = true

      return text
    })
    .join("")
}

/**
 * An amount in the currency's minor unit (JPY 0, EUR 2, KWD 3 decimals),
 * rounded half away from zero once, written the locale's way. The digits
 * come from the exact decimal, never from a float.
 *
 * @example formatMoney("1234.5", "eur", "de") // "1.234,50 €"
 */
export function formatMoney(
  amount: PdfAmount,
  currencyCode: string,
  locale: PdfLocale
): string {
  const decimals = currencyDecimals(currencyCode)
  const rounded = roundToMinorUnit(amount, currencyCode)
  try {
    const pattern = patternFor(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    })

    return applyPattern(rounded, decimals, pattern)
  } catch {
    const pattern = patternFor(locale, {})

    return `${currencyCode.toUpperCase()} ${applyPattern(rounded, decimals, pattern)}`
  }
}

/**
 * A quantity or any plain decimal, with as many decimals as it has.
 *
 * @example formatDecimal("1234.5", "fr") // "1 234,5"
 */
export function formatDecimal(value: PdfAmount, locale: PdfLocale): string {
  return applyPattern(new BigNumber(value), null, patternFor(locale, {}))
}

/**
 * A tax rate given in percent (`19` for 19 %), written the locale's way.
 *
 * @example formatRate("7.5", "de") // "7,5 %"
 */
export function formatRate(rate: PdfAmount, locale: PdfLocale): string {
  const pattern = patternFor(locale, { style: "percent" })

  return applyPattern(new BigNumber(rate), null, pattern)
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/
const dateFormats = new Map<PdfLocale, Intl.DateTimeFormat>()
const regionNames = new Map<PdfLocale, Intl.DisplayNames>()

/**
 * A `YYYY-MM-DD` calendar date written out in the locale. The day printed
 * is the day given: no time zone can shift it. Anything else is printed as
 * it came.
 *
 * @example formatDate("2026-12-04", "de") // "4. Dezember 2026"
 */
export function formatDate(date: string, locale: PdfLocale): string {
  const match = CALENDAR_DATE.exec(date)
  if (!match) {
    return date
  }

  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
      dateStyle: "long",
      timeZone: "UTC",
    })
    dateFormats.set(locale, format)
  }
  const [year, month, day] = match.slice(1).map(Number)

  return format.format(new Date(Date.UTC(year, month - 1, day)))
}

/**
 * The name of a country in the locale; the upper-cased code when the
 * runtime does not know it.
 *
 * @example countryName("de", "fr") // "Allemagne"
 */
export function countryName(countryCode: string, locale: PdfLocale): string {
  const code = countryCode.trim().toUpperCase()
  let names = regionNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames(LOCALE_TAGS[locale], { type: "region" })
    regionNames.set(locale, names)
  }
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}
