/** Default invoice number format: `INV-2026-00001`. */
export const DEFAULT_NUMBER_FORMAT = "INV-{YYYY}-{NNNNN}"

/** Default credit note number format: `CN-2026-00001`. */
export const DEFAULT_CREDIT_NOTE_NUMBER_FORMAT = "CN-{YYYY}-{NNNNN}"

const SEQUENCE_TOKEN = /\{(N+)\}/g
const YEAR_TOKEN = /\{(YYYY|YY)\}/g
const ANY_TOKEN = /\{[^}]*\}/g

/**
 * Checks a number format and returns what is wrong with it, or null.
 * A format needs exactly one sequence token (`{NNNNN}`, the count of N's is
 * the zero padding) and a year token (`{YYYY}` or `{YY}`), because numbers
 * restart every calendar year and must stay unique across years.
 */
export function validateNumberFormat(format: string): string | null {
  const sequenceTokens = format.match(SEQUENCE_TOKEN) ?? []
  if (sequenceTokens.length !== 1) {
    return "must contain exactly one sequence token such as {NNNNN}"
  }

  if ((format.match(YEAR_TOKEN) ?? []).length < 1) {
    return "must contain a year token, {YYYY} or {YY}"
  }

  const unknown = (format.match(ANY_TOKEN) ?? []).filter(
    (token) => !/^\{(N+|YYYY|YY)\}$/.test(token)
  )
  if (unknown.length) {
    return `contains unknown token ${unknown[0]}; use {YYYY}, {YY} or {N...}`
  }

  return null
}

/**
 * Renders a document number from its format, calendar year and sequence.
 * Sequences wider than the padding are printed in full, never truncated.
 *
 * @example formatDocumentNumber("INV-{YYYY}-{NNNNN}", 2026, 42)
 * // "INV-2026-00042"
 */
export function formatDocumentNumber(
  format: string,
  year: number,
  sequence: number
): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new Error(`Invoice sequence must be a positive integer: ${sequence}`)
  }

  return format
    .replace(/\{YYYY\}/g, String(year).padStart(4, "0"))
    .replace(/\{YY\}/g, String(year % 100).padStart(2, "0"))
    .replace(SEQUENCE_TOKEN, (_, ns: string) =>
      String(sequence).padStart(ns.length, "0")
    )
}
