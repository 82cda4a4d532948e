import BigNumber from "bignumber.js"
import {
  allocate,
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
  unit_price: DecimalInput
  /** Medusa's computed subtotal, excluding tax, before discounts. */
  subtotal: DecimalInput
  /** Medusa's computed discount, excluding tax. */
  discount_subtotal?: DecimalInput
  tax_lines?: SourceTaxLine[] | null
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
  subtotal: string
  discount_total: string
  tax_total: string
  total: string
  tax_rate: string
  tax_lines: { code: string | null; name: string | null; rate: string }[]
}

export type InvoiceTaxRowAmounts = {
  code: string | null
  name: string | null
  rate: string
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

type Portion = { line: number; raw: BigNumber }
type TaxGroup = SourceTaxLine & { rate: BigNumber; portions: Portion[] }

/**
 * Computes every printed amount of an invoice from an order's lines.
 *
 * The rule, applied once per amount: each line's subtotal and discount are
 * rounded half away from zero to the currency's minor unit; the tax of each
 * tax rate is the rounded sum of Medusa's unrounded tax on the lines that
 * carry that rate; that rounded tax is then spread back over the lines by
 * largest remainder. So the lines, the tax rows and the totals add up to the
 * printed total to the last minor unit.
 */
export function computeInvoiceAmounts(
  lines: SourceLine[],
  currencyCode: string
): InvoiceAmounts {
  const round = (v: DecimalInput) => roundToMinorUnit(v, currencyCode)
  const nets = lines.map((line) => ({
    subtotal: round(line.subtotal),
    discount: round(line.discount_subtotal),
    taxable: toDecimal(line.subtotal).minus(toDecimal(line.discount_subtotal)),
  }))
  const groups = groupTaxPortions(
    lines,
    nets.map((n) => n.taxable)
  )
  const lineTaxes = lines.map(() => new BigNumber(0))

  const taxRows = groups.map((group) => {
    const tax = round(sumDecimals(group.portions.map((p) => p.raw)))
    const shares = allocate(
      tax,
      group.portions.map((p) => p.raw),
      currencyCode
    )
    group.portions.forEach((portion, i) => {
      lineTaxes[portion.line] = lineTaxes[portion.line].plus(shares[i])
    })
    const lineIndexes = new Set(group.portions.map((p) => p.line))
    const taxable = sumDecimals(
      [...lineIndexes].map((i) => nets[i].subtotal.minus(nets[i].discount))
    )

    return {
      code: group.code ?? null,
      name: group.name ?? null,
      rate: group.rate.toString(),
      taxable_amount: fixed(taxable, currencyCode),
      tax_amount: fixed(tax, currencyCode),
    }
  })

  const invoiceLines = lines.map((line, i) =>
    toInvoiceLine(line, i, nets[i], lineTaxes[i], currencyCode)
  )

  return summarize(invoiceLines, taxRows, currencyCode)
}

function groupTaxPortions(
  lines: SourceLine[],
  taxables: BigNumber[]
): TaxGroup[] {
  const groups = new Map<string, TaxGroup>()
  lines.forEach((line, index) => {
    for (const taxLine of line.tax_lines ?? []) {
      const rate = toDecimal(taxLine.rate)
      const key = `${taxLine.code ?? ""}|${taxLine.name ?? ""}|${rate}`
      const group = groups.get(key) ?? { ...taxLine, rate, portions: [] }
      group.portions.push({
        line: index,
        raw: taxables[index].times(rate).dividedBy(100),
      })
      groups.set(key, group)
    }
  })

  return [...groups.values()].sort((a, b) => b.rate.comparedTo(a.rate) ?? 0)
}

function toInvoiceLine(
  line: SourceLine,
  index: number,
  net: { subtotal: BigNumber; discount: BigNumber },
  tax: BigNumber,
  currencyCode: string
): InvoiceLineAmounts {
  const taxLines = (line.tax_lines ?? []).map((t) => ({
    code: t.code ?? null,
    name: t.name ?? null,
    rate: toDecimal(t.rate).toString(),
  }))

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
    subtotal: fixed(net.subtotal, currencyCode),
    discount_total: fixed(net.discount, currencyCode),
    tax_total: fixed(tax, currencyCode),
    total: fixed(net.subtotal.minus(net.discount).plus(tax), currencyCode),
    tax_rate: sumDecimals(
      taxLines.map((t) => new BigNumber(t.rate))
    ).toString(),
    tax_lines: taxLines,
  }
}

function summarize(
  lines: InvoiceLineAmounts[],
  taxRows: InvoiceTaxRowAmounts[],
  currencyCode: string
): InvoiceAmounts {
  const sum = (values: string[]) =>
    fixed(sumDecimals(values.map((v) => new BigNumber(v))), currencyCode)
  const ofType = (type: "item" | "shipping") =>
    lines.filter((l) => l.line_type === type).map((l) => l.subtotal)
  const subtotal = sum(lines.map((l) => l.subtotal))
  const discount = sum(lines.map((l) => l.discount_total))
  const tax = sum(taxRows.map((r) => r.tax_amount))

  return {
    lines,
    tax_rows: taxRows,
    item_subtotal: sum(ofType("item")),
    shipping_subtotal: sum(ofType("shipping")),
    subtotal,
    discount_total: discount,
    tax_total: tax,
    total: fixed(
      new BigNumber(subtotal).minus(discount).plus(tax),
      currencyCode
    ),
  }
}

function fixed(amount: BigNumber, currencyCode: string): string {
  return amount.toFixed(currencyDecimals(currencyCode))
}
