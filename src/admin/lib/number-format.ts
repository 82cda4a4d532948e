const SEQUENCE_TOKEN = /\{(N+)\}/g
const YEAR_TOKEN = /\{(YYYY|YY)\}/g
const ANY_TOKEN = /\{[^}]*\}/g

/**
 * What is wrong with a number format, in the API's words, or null. Mirrors
 * the server's rule: exactly one `{N...}`, a year token, no unknown token.
 */
export function numberFormatProblem(format: string): string | null {
  if ((format.match(SEQUENCE_TOKEN) ?? []).length !== 1) {
    return "must contain exactly one sequence token such as {NNNNN}"
  }

  if ((format.match(YEAR_TOKEN) ?? []).length < 1) {
    return "must contain a year token, {YYYY} or {YY}"
  }

  const unknown = (format.match(ANY_TOKEN) ?? []).find(
    (token) => !/^\{(N+|YYYY|YY)\}$/.test(token)
  )

  return unknown
    ? `contains unknown token ${unknown}; use {YYYY}, {YY} or {N...}`
    : null
}

/**
 * The number a format gives for a year and sequence, as the server prints
 * it: `{YYYY}`, `{YY}`, and `{N...}` zero-padded to the count of N.
 *
 * @example formatDocumentNumber("INV-{YY}-{NNN}", 2026, 7) // "INV-26-007"
 */
export function formatDocumentNumber(
  format: string,
  year: number,
  sequence: number
): string {
  return format
    .replace(/\{YYYY\}/g, String(year).padStart(4, "0"))
    .replace(/\{YY\}/g, String(year % 100).padStart(2, "0"))
    .replace(SEQUENCE_TOKEN, (_, ns: string) =>
      String(sequence).padStart(ns.length, "0")
    )
}
