import BigNumber from "bignumber.js"
import type {
  InvoiceAmounts,
  InvoiceLineAmounts,
  InvoiceTaxRowAmounts,
} from "./invoice-amounts"
import {
  allocateProportionally,
  currencyDecimals,
  DecimalInput,
  roundToMinorUnit,
  sumDecimals,
  toDecimal,
} from "./money"

/** An invoice line as stored, amounts as exact decimal strings. */
export type StoredLine = Omit<InvoiceLineAmounts, "position"> & {
  id: string
  /** On a credit note line: the invoice line it credits. */
  corrects_line_id?: string | null
}

/** What of an invoice line can still be credited. */
export type CreditableLine = StoredLine

/** A credit note line with the invoice line it credits. */
export type CreditLineAmounts = InvoiceLineAmounts & {
  corrects_line_id: string
}

/** A credit note's amounts: lines, tax rows and totals, all positive. */
export type CreditAmounts = Omit<InvoiceAmounts, "lines"> & {
  lines: CreditLineAmounts[]
}

/** One line to credit by quantity. */
export type CreditRequestLine = { line_id: string; quantity: string | number }

/** A rule a credit request breaks, with the field it is about. */
export type CreditProblem = { field: string; message: string }

type AmountKey = "subtotal" | "discount_total" | "tax_total" | "total"

/**
 * What remains creditable of each invoice line: the line less everything
 * earlier credit notes took from it (matched by `corrects_line_id`).
 */
export function creditableLines(
  invoiceLines: StoredLine[],
  creditedLines: StoredLine[]
): CreditableLine[] {
  return invoiceLines.map((line) => {
    const taken = creditedLines.filter((c) => c.corrects_line_id === line.id)
    const less = (key: "quantity" | AmountKey) =>
      toDecimal(line[key])
        .minus(sumDecimals(taken.map((c) => toDecimal(c[key]))))
        .toString()

    return {
      ...line,
      quantity: less("quantity"),
      subtotal: less("subtotal"),
      discount_total: less("discount_total"),
      tax_total: less("tax_total"),
      total: less("total"),
    }
  })
}

/**
 * Credits whole units of invoice lines. Each line's share of what remains
 * is `quantity / remaining quantity`, rounded once per amount; crediting the
 * last units takes exactly what remains, so repeated partial credits never
 * drift from the invoice.
 */
export function creditByQuantity(
  lines: CreditableLine[],
  requests: CreditRequestLine[],
  currencyCode: string
): CreditAmounts | CreditProblem {
  const seen = new Set<string>()
  const credited: CreditLineAmounts[] = []
  for (const [index, request] of requests.entries()) {
    const field = `lines[${index}]`
    const line = lines.find((l) => l.id === request.line_id)
    if (!line) {
      return {
        field: `${field}.line_id`,
        message: `Line ${request.line_id} is not a line of this invoice.`,
      }
    }

    if (seen.has(line.id)) {
      return {
        field: `${field}.line_id`,
        message: `Line ${line.id} is listed more than once.`,
      }
    }

    seen.add(line.id)
    const quantity = toDecimal(request.quantity)
    const remaining = toDecimal(line.quantity)
    if (!quantity.isGreaterThan(0) || quantity.isGreaterThan(remaining)) {
      return {
        field: `${field}.quantity`,
        message: `Quantity must be more than 0 and at most ${remaining.toString()}, the quantity of line ${line.id} not yet credited.`,
      }
    }

    credited.push(
      shareOf(line, quantity.dividedBy(remaining), quantity, currencyCode)
    )
  }

  return summarizeCredit(credited, currencyCode)
}

/**
 * Credits an amount (tax included) spread over the lines in proportion to
 * what remains of them, each share split into net and tax at the line's own
 * rates. The lines keep their quantity uncredited.
 */
export function creditByAmount(
  lines: CreditableLine[],
  amount: DecimalInput,
  currencyCode: string
): CreditAmounts | CreditProblem {
  const open = lines.filter((l) => toDecimal(l.total).isGreaterThan(0))
  const creditable = sumDecimals(open.map((l) => toDecimal(l.total)))
  const target = toDecimal(amount)
  const decimals = currencyDecimals(currencyCode)
  if ((target.decimalPlaces() ?? 0) > decimals) {
    return {
      field: "amount",
      message: `Amount ${target.toString()} has more decimals than ${currencyCode.toUpperCase()} allows (${decimals}).`,
    }
  }

  if (!target.isGreaterThan(0) || target.isGreaterThan(creditable)) {
    return {
      field: "amount",
      message: `Amount must be more than 0 and at most ${creditable.toFixed(currencyDecimals(currencyCode))}, what is left to credit on this invoice.`,
    }
  }

  const shares = allocateProportionally(
    target,
    open.map((l) => toDecimal(l.total)),
    currencyCode
  )

  return summarizeCredit(
    open.map((line, i) => grossShareOf(line, shares[i], currencyCode)),
    currencyCode
  )
}

/**
 * A gross amount credited from a line: its tax is the amount × rate /
 * (100 + rate) at the line's own rate, rounded once (never more than the
 * tax left on the line), so even a small credit carries its tax.
 */
function grossShareOf(
  line: CreditableLine,
  gross: BigNumber,
  currencyCode: string
): CreditLineAmounts {
  const rate = toDecimal(line.tax_rate)
  const tax = BigNumber.min(
    roundToMinorUnit(gross.times(rate).dividedBy(rate.plus(100)), currencyCode),
    toDecimal(line.tax_total)
  )
  const discount = roundToMinorUnit(
    toDecimal(line.discount_total)
      .times(gross)
      .dividedBy(toDecimal(line.total)),
    currencyCode
  )
  const share = shareOf(line, new BigNumber(1), new BigNumber(0), currencyCode)
  const digits = currencyDecimals(currencyCode)

  return {
    ...share,
    subtotal: gross.minus(tax).plus(discount).toFixed(digits),
    discount_total: discount.toFixed(digits),
    tax_total: tax.toFixed(digits),
    total: gross.toFixed(digits),
  }
}

/** Credits everything that remains of every line. */
export function creditEverything(
  lines: CreditableLine[],
  currencyCode: string
): CreditAmounts {
  const open = lines.filter(
    (l) =>
      toDecimal(l.quantity).isGreaterThan(0) || !toDecimal(l.total).isZero()
  )

  return summarizeCredit(
    open.map((line) =>
      shareOf(line, new BigNumber(1), toDecimal(line.quantity), currencyCode)
    ),
    currencyCode
  )
}

/** True when the value is a rule broken rather than amounts. */
export function isCreditProblem(
  value: CreditAmounts | CreditProblem
): value is CreditProblem {
  return "message" in value
}

function shareOf(
  line: CreditableLine,
  fraction: BigNumber,
  quantity: BigNumber,
  currencyCode: string
): CreditLineAmounts {
  const part = (v: string) =>
    fraction.isEqualTo(1)
      ? toDecimal(v)
      : roundToMinorUnit(toDecimal(v).times(fraction), currencyCode)
  const total = part(line.total)
  const tax = part(line.tax_total)
  const discount = part(line.discount_total)
  const digits = currencyDecimals(currencyCode)

  return {
    position: 0,
    line_type: line.line_type,
    source_id: line.source_id,
    corrects_line_id: line.id,
    title: line.title,
    description: line.description,
    sku: line.sku,
    variant_id: line.variant_id,
    product_id: line.product_id,
    quantity: quantity.toString(),
    unit_price: line.unit_price,
    is_tax_inclusive: line.is_tax_inclusive,
    subtotal: total.minus(tax).plus(discount).toFixed(digits),
    discount_total: discount.toFixed(digits),
    tax_total: tax.toFixed(digits),
    total: total.toFixed(digits),
    tax_rate: line.tax_rate,
    tax_lines: line.tax_lines,
  }
}

/**
 * Numbers the credit lines and sums them into tax rows (a line's tax split
 * over its rates in proportion to the rates) and totals.
 */
export function summarizeCredit(
  lines: CreditLineAmounts[],
  currencyCode: string
): CreditAmounts {
  const digits = currencyDecimals(currencyCode)
  const rows = new Map<
    string,
    InvoiceTaxRowAmounts & { base: BigNumber; tax: BigNumber }
  >()
  for (const line of lines) {
    const net = toDecimal(line.total).minus(toDecimal(line.tax_total))
    const rates = line.tax_lines
    const taxes = allocateProportionally(
      toDecimal(line.tax_total),
      rates.map((r) => toDecimal(r.rate)),
      currencyCode
    )
    rates.forEach((rate, k) => {
      const key = `${rate.code ?? ""}|${rate.name ?? ""}|${toDecimal(rate.rate)}`
      const row = rows.get(key) ?? {
        ...rate,
        taxable_amount: "",
        tax_amount: "",
        base: new BigNumber(0),
        tax: new BigNumber(0),
      }
      row.base = row.base.plus(net)
      row.tax = row.tax.plus(taxes[k])
      rows.set(key, row)
    })
  }

  const sum = (key: AmountKey, type?: string) =>
    sumDecimals(
      lines
        .filter((l) => !type || l.line_type === type)
        .map((l) => toDecimal(l[key]))
    ).toFixed(digits)

  return {
    lines: lines.map((line, i) => ({ ...line, position: i + 1 })),
    tax_rows: [...rows.values()]
      .sort((a, b) => toDecimal(b.rate).comparedTo(toDecimal(a.rate)) ?? 0)
      .map(({ base, tax, code, name, rate }) => ({
        code,
        name,
        rate,
        taxable_amount: base.toFixed(digits),
        tax_amount: tax.toFixed(digits),
      })),
    item_subtotal: sum("subtotal", "item"),
    shipping_subtotal: sum("subtotal", "shipping"),
    subtotal: sum("subtotal"),
    discount_total: sum("discount_total"),
    tax_total: sum("tax_total"),
    total: sum("total"),
  }
}
