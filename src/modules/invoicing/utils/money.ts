import BigNumber from "bignumber.js"
import { currencyDecimals } from "./currency-decimals"

export { currencyDecimals }

/** A decimal amount as Medusa hands it over: number, string or raw value. */
export type DecimalInput =
  number | string | BigNumber | { value: string | number } | null | undefined

/** Converts any amount shape Medusa uses into an exact decimal. */
export function toDecimal(input: DecimalInput): BigNumber {
  if (input === null || input === undefined) {
    return new BigNumber(0)
  }

  if (BigNumber.isBigNumber(input)) {
    return input
  }

  if (typeof input === "object") {
    return new BigNumber(input.value)
  }

  return new BigNumber(input)
}

/**
 * Rounds an amount once to the currency's minor unit, half away from zero
 * ("commercial rounding": 2.685 → 2.69, -2.685 → -2.69).
 */
export function roundToMinorUnit(
  amount: DecimalInput,
  currencyCode: string
): BigNumber {
  return toDecimal(amount).decimalPlaces(
    currencyDecimals(currencyCode),
    BigNumber.ROUND_HALF_UP
  )
}

/**
 * Formats a rounded amount as a plain decimal string with exactly the
 * currency's number of decimals ("999" for JPY, "34.12" for USD).
 */
export function formatAmount(
  amount: DecimalInput,
  currencyCode: string
): string {
  return roundToMinorUnit(amount, currencyCode).toFixed(
    currencyDecimals(currencyCode)
  )
}

/** Sums exact decimals. */
export function sumDecimals(amounts: BigNumber[]): BigNumber {
  return amounts.reduce((acc, amount) => acc.plus(amount), new BigNumber(0))
}

/**
 * Splits `target` (already rounded to the minor unit) over `parts` so that
 * every share is a whole number of minor units, the shares add up to
 * `target` exactly, and each share is as close as possible to its unrounded
 * part (largest remainder method; ties go to the earlier part).
 *
 * @example allocate(new BigNumber("0.03"), [a, b, c], "eur")
 */
export function allocate(
  target: BigNumber,
  parts: BigNumber[],
  currencyCode: string
): BigNumber[] {
  const decimals = currencyDecimals(currencyCode)
  const unit = new BigNumber(1).shiftedBy(-decimals)
  const floors = parts.map((part) =>
    part.decimalPlaces(decimals, BigNumber.ROUND_FLOOR)
  )
  let missingUnits = target
    .minus(sumDecimals(floors))
    .dividedBy(unit)
    .integerValue(BigNumber.ROUND_HALF_UP)
    .toNumber()

  const byRemainder = parts
    .map((part, index) => ({ index, remainder: part.minus(floors[index]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)

  const shares = [...floors]
  for (let i = 0; missingUnits !== 0 && byRemainder.length > 0; i++) {
    const { index } = byRemainder[i % byRemainder.length]
    const step = missingUnits > 0 ? unit : unit.negated()
    shares[index] = shares[index].plus(step)
    missingUnits += missingUnits > 0 ? -1 : 1
  }

  return shares
}

/**
 * Splits `target` over shares proportional to `weights`, in whole minor
 * units that add up to `target` exactly (see {@link allocate}). Equal shares
 * when the weights add up to zero.
 *
 * @example allocateProportionally(new BigNumber("10.41"), [a, b], "eur")
 */
export function allocateProportionally(
  target: BigNumber,
  weights: BigNumber[],
  currencyCode: string
): BigNumber[] {
  const total = sumDecimals(weights)
  const parts = weights.map((weight) =>
    total.isZero()
      ? target.dividedBy(weights.length)
      : target.times(weight).dividedBy(total)
  )

  return allocate(target, parts, currencyCode)
}
