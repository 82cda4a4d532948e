import { currencyDecimals } from "../../modules/invoicing/utils/currency-decimals"

import type { Amount } from "./types"

export { currencyDecimals }

/**
 * Formats a major-unit amount in its currency (`23.8`, `eur` → `€23.80`),
 * with exactly the currency's decimals.
 */
export function formatMoney(amount: Amount, currencyCode: string): string {
  const decimals = currencyDecimals(currencyCode)
  const value = Number(amount)

  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value)
  } catch {
    // An unknown currency code: still show the amount and the code.
    return `${value.toFixed(decimals)} ${currencyCode.toUpperCase()}`
  }
}

/**
 * Checks an amount typed by an admin the way the API does: a plain decimal
 * greater than 0 with at most the currency's decimals. Returns the problem
 * in the API's words, or null.
 */
export function checkAmount(
  value: string,
  currencyCode: string
): string | null {
  const amount = value.trim()
  if (!/^\d{1,12}(\.\d+)?$/.test(amount)) {
    return "amount must be a decimal number, such as 12.50"
  }

  if (Number(amount) <= 0) {
    return `amount must be greater than 0, got ${amount}.`
  }

  const decimals = currencyDecimals(currencyCode)
  const given = amount.split(".")[1]?.length ?? 0
  if (given > decimals) {
    return `amount ${amount} has more decimals than ${currencyCode.toUpperCase()} allows (${decimals}).`
  }

  return null
}
