import BigNumber from "bignumber.js"
import {
  allocateProportionally,
  currencyDecimals,
  DecimalInput,
  roundToMinorUnit,
  sumDecimals,
  toDecimal,
} from "./money"

/** A tax line as Medusa puts it on a line item or shipping method. */
export type SourceTaxLine = {
  code?: string | null
  name?: string | null
  description?: string | null
  rate: DecimalInput
}

/** The billable part of an order line item or shipping method. */
export type SourceLine = {
  id: string
  line_type: "item" | "shipping"
  title: string
  description?: string | null
  sku?: string | null
  variant_id?: string | null
  product_id?: string | null
  quantity: DecimalInput
  /** As the store priced it: gross when `is_tax_inclusive`. */
  unit_price: DecimalInput
  is_tax_inclusive?: boolean | null
  /** Medusa's computed subtotal, excluding tax, before discounts. */
  subtotal: DecimalInput
  /** Medusa's computed discount, excluding tax. */
  discount_subtotal?: DecimalInput
  tax_lines?: SourceTaxLine[] | null
}

export type InvoiceTaxLine = {
  code: string | null
  name: string | null
  rate: string
}

export type InvoiceLineAmounts = {
  position: number
  line_type: "item" | "shipping"
  source_id: string
  title: string
  description: string | null
  sku: string | null
  variant_id: string | null
  product_id: string | null
  quantity: string
  unit_price: string
  is_tax_inclusive: boolean
  subtotal: string
  discount_total: string
  tax_total: string
  total: string
  tax_rate: string
  tax_lines: InvoiceTaxLine[]
}

export type InvoiceTaxRowAmounts = InvoiceTaxLine & {
  taxable_amount: string
  tax_amount: string
}

export type InvoiceAmounts = {
  lines: InvoiceLineAmounts[]
  tax_rows: InvoiceTaxRowAmounts[]
  item_subtotal: string
  shipping_subtotal: string
  subtotal: string
  discount_total: string
  tax_total: string
  total: string
}

type Rate = InvoiceTaxLine & { value: BigNumber; key: string }

/** Lines that share their tax treatment: same rates, same price mode. */
type Partition = {
  inclusive: boolean
  rates: Rate[]
  lines: number[]
}

type LineShares = { net: BigNumber; taxes: Map<string, BigNumber> }

/**
 * Computes every printed amount of an invoice from an order's lines.
 *
 * The rule, per group of lines with the same tax rates and price mode:
 * - prices without tax: the group's net (after discounts) is rounded once
 *   to the currency's minor unit, and each rate's tax is that rounded net
 *   times the rate, rounded once;
 * - prices with tax: the group's gross is rounded once (it is what the
 *   shopper was charged), its tax is the gross times rate / (100 + rate),
 *   rounded once, and the net is gross minus tax.
 * Rounding is half away from zero. The group's rounded amounts are spread
 * over its lines by largest remainder, so lines, tax rows and totals add up
 * to the printed total to the last minor unit, and each tax row's amount is
 * its base times its rate.
 */
export function computeInvoiceAmounts(
  lines: SourceLine[],
  currencyCode: string
): InvoiceAmounts {
  const nets = lines.map((l) =>
    toDecimal(l.subtotal).minus(toDecimal(l.discount_subtotal))
  )
  const partitions = partitionLines(lines)
  const shares = lines.map((): LineShares => ({
    net: new BigNumber(0),
    taxes: new Map(),
  }))
  for (const partition of partitions) {
    splitPartition(partition, nets, shares, currencyCode)
  }

  const invoiceLines = lines.map((line, i) =>
    toInvoiceLine(line, i, shares[i], currencyCode)
  )

  return summarize(
    invoiceLines,
    taxRows(partitions, shares, currencyCode),
    currencyCode
  )
}

function ratesOf(line: SourceLine): Rate[] {
  return (line.tax_lines ?? [])
    .map((t) => {
      const value = toDecimal(t.rate)
      const name = t.description ?? t.name ?? null

      return {
        code: t.code ?? null,
        name,
        rate: value.toString(),
        value,
        key: `${t.code ?? ""}|${name ?? ""}|${value}`,
      }
    })
    .sort((a, b) => a.key.localeCompare(b.key))
}

function partitionLines(lines: SourceLine[]): Partition[] {
  const partitions = new Map<string, Partition>()
  lines.forEach((line, index) => {
    const rates = ratesOf(line)
    const inclusive = !!line.is_tax_inclusive && rates.length > 0
    const key = `${inclusive}:${rates.map((r) => r.key).join(",")}`
    const partition = partitions.get(key) ?? { inclusive, rates, lines: [] }
    partition.lines.push(index)
    partitions.set(key, partition)
  })

  return [...partitions.values()]
}

function splitPartition(
  partition: Partition,
  nets: BigNumber[],
  shares: LineShares[],
  currencyCode: string
): void {
  const round = (v: BigNumber) => roundToMinorUnit(v, currencyCode)
  const weights = partition.lines.map((i) => nets[i])
  const rawNet = sumDecimals(weights)
  const rateSum = sumDecimals(partition.rates.map((r) => r.value))

  let net: BigNumber
  let taxes: BigNumber[]
  if (partition.inclusive) {
    const gross = round(rawNet.times(rateSum.plus(100)).dividedBy(100))
    const tax = round(gross.times(rateSum).dividedBy(rateSum.plus(100)))
    net = gross.minus(tax)
    taxes = allocateProportionally(
      tax,
      partition.rates.map((r) => r.value),
      currencyCode
    )
  } else {
    net = round(rawNet)
    taxes = partition.rates.map((r) => round(net.times(r.value).div(100)))
  }

  allocateProportionally(net, weights, currencyCode).forEach((share, j) => {
    shares[partition.lines[j]].net = share
  })
  partition.rates.forEach((rate, k) => {
    allocateProportionally(taxes[k], weights, currencyCode).forEach(
      (share, j) => {
        shares[partition.lines[j]].taxes.set(rate.key, share)
      }
    )
  })
}

function taxRows(
  partitions: Partition[],
  shares: LineShares[],
  currencyCode: string
): InvoiceTaxRowAmounts[] {
  const rows = new Map<string, Rate & { base: BigNumber; tax: BigNumber }>()
  for (const partition of partitions) {
    for (const rate of partition.rates) {
      const row = rows.get(rate.key) ?? {
        ...rate,
        base: new BigNumber(0),
        tax: new BigNumber(0),
      }
      for (const i of partition.lines) {
        row.base = row.base.plus(shares[i].net)
        row.tax = row.tax.plus(shares[i].taxes.get(rate.key) ?? 0)
      }
      rows.set(rate.key, row)
    }
  }

  return [...rows.values()]
    .sort((a, b) => b.value.comparedTo(a.value) ?? 0)
    .map((row) => ({
      code: row.code,
      name: row.name,
      rate: row.rate,
      taxable_amount: fixed(row.base, currencyCode),
      tax_amount: fixed(row.tax, currencyCode),
    }))
}

function toInvoiceLine(
  line: SourceLine,
  index: number,
  share: LineShares,
  currencyCode: string
): InvoiceLineAmounts {
  const rates = ratesOf(line)
  const tax = sumDecimals([...share.taxes.values()])
  const discount = roundToMinorUnit(line.discount_subtotal, currencyCode)

  return {
    position: index + 1,
    line_type: line.line_type,
    source_id: line.id,
    title: line.title,
    description: line.description ?? null,
    sku: line.sku ?? null,
    variant_id: line.variant_id ?? null,
    product_id: line.product_id ?? null,
    quantity: toDecimal(line.quantity).toString(),
    unit_price: toDecimal(line.unit_price).toString(),
    is_tax_inclusive: !!line.is_tax_inclusive,
    subtotal: fixed(share.net.plus(discount), currencyCode),
    discount_total: fixed(discount, currencyCode),
    tax_total: fixed(tax, currencyCode),
    total: fixed(share.net.plus(tax), currencyCode),
    tax_rate: sumDecimals(rates.map((r) => r.value)).toString(),
    tax_lines: rates.map(({ code, name, rate }) => ({ code, name, rate })),
  }
}

function summarize(
  lines: InvoiceLineAmounts[],
  taxRowAmounts: InvoiceTaxRowAmounts[],
  currencyCode: string
): InvoiceAmounts {
  const sum = (values: string[]) =>
    sumDecimals(values.map((v) => new BigNumber(v)))
  const ofType = (type: "item" | "shipping") =>
    lines.filter((l) => l.line_type === type).map((l) => l.subtotal)
  const subtotal = sum(lines.map((l) => l.subtotal))
  const discount = sum(lines.map((l) => l.discount_total))
  const tax = sum(taxRowAmounts.map((r) => r.tax_amount))

  return {
    lines,
    tax_rows: taxRowAmounts,
    item_subtotal: fixed(sum(ofType("item")), currencyCode),
    shipping_subtotal: fixed(sum(ofType("shipping")), currencyCode),
    subtotal: fixed(subtotal, currencyCode),
    discount_total: fixed(discount, currencyCode),
    tax_total: fixed(tax, currencyCode),
    total: fixed(subtotal.minus(discount).plus(tax), currencyCode),
  }
}

function fixed(amount: BigNumber, currencyCode: string): string {
  return amount.toFixed(currencyDecimals(currencyCode))
}
