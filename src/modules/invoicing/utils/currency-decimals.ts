/**
 * Decimals of ISO 4217 minor units, without dependencies, so that the
 * admin bundle and the server share one table.
 */

/**
 * ISO 4217 currencies whose minor unit is not the common two decimals.
 * Everything not listed here has two decimals.
 */
const MINOR_UNIT_EXCEPTIONS: Record<string, number> = {
  bif: 0,
  clp: 0,
  djf: 0,
  gnf: 0,
  isk: 0,
  jpy: 0,
  kmf: 0,
  krw: 0,
  pyg: 0,
  rwf: 0,
  ugx: 0,
  uyi: 0,
  vnd: 0,
  vuv: 0,
  xaf: 0,
  xof: 0,
  xpf: 0,
  bhd: 3,
  iqd: 3,
  jod: 3,
  kwd: 3,
  lyd: 3,
  omr: 3,
  tnd: 3,
  clf: 4,
  uyw: 4,
}

/**
 * Number of decimals of a currency's minor unit (JPY 0, EUR 2, KWD 3).
 *
 * @example currencyDecimals("jpy") // 0
 */
export function currencyDecimals(currencyCode: string): number {
  return MINOR_UNIT_EXCEPTIONS[currencyCode.toLowerCase()] ?? 2
}
