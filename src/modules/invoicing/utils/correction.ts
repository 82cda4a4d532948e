import BigNumber from "bignumber.js"
import type { SourceLine } from "./invoice-amounts"
import { creditableLines, CreditRequestLine, StoredLine } from "./credit"
import { currencyDecimals, sumDecimals, toDecimal } from "./money"

/** An invoice or credit note of the order, with its lines. */
export type OrderDocument = {
  id: string
  kind: "invoice" | "credit_note"
  status: string
  /** `manual` credit notes adjust value; they do not take units back. */
  origin?: string | null
  corrects_invoice_id?: string | null
  issued_at: string | Date
  lines: StoredLine[]
}

/** What it takes to bring an order's documents in line with the order. */
export type CorrectionPlan = {
  /** Lines to bill on a new invoice: value the order gained. */
  bill: SourceLine[]
  /** Lines to credit, per invoice: value the order lost. */
  credits: { invoice_id: string; lines: CreditRequestLine[] }[]
}

/**
 * Compares what the order bills now (`billable`: its lines at the quantity
 * still owed, after edits, returns and write-offs; none when canceled) with
 * what its documents bill (invoices less the credit notes of order
 * changes), line by line. Added units are billed by a new invoice at the
 * order's current prices; removed units are credited from the invoices
 * that billed them, newest first, at the prices those invoices were issued
 * with, as far as something of value is left to credit there (a manual
 * credit note may have taken it already). A manual credit note is a value
 * adjustment: its units stay billed and are never billed again. Planning
 * again after the plan is carried out yields an empty plan.
 */
export function planOrderCorrection(
  billable: SourceLine[],
  documents: OrderDocument[]
): CorrectionPlan {
  const live = documents.filter((d) => d.status !== "void")
  const invoices = live
    .filter((d) => d.kind === "invoice")
    .sort((a, b) => +new Date(b.issued_at) - +new Date(a.issued_at))
  const creditsOf = (invoice: OrderDocument, manualToo: boolean) =>
    live
      .filter(
        (d) =>
          d.corrects_invoice_id === invoice.id &&
          (manualToo || d.origin !== "manual")
      )
      .flatMap((d) => d.lines)
  const billedLines = invoices.flatMap((invoice) =>
    creditableLines(invoice.lines, creditsOf(invoice, false))
  )
  // What can still be credited: issued invoices, lines with value left.
  const remaining = new Map(
    invoices.map((invoice) => [
      invoice.id,
      invoice.status === "issued"
        ? creditableLines(invoice.lines, creditsOf(invoice, true)).filter((l) =>
            toDecimal(l.total).isGreaterThan(0)
          )
        : [],
    ])
  )
  const billed = (sourceId: string) =>
    sumDecimals(
      billedLines
        .filter((l) => l.source_id === sourceId)
        .map((l) => toDecimal(l.quantity))
    )

  const plan: CorrectionPlan = { bill: [], credits: [] }
  const sources = new Set([
    ...billable.map((l) => l.id),
    ...billedLines.map((l) => l.source_id),
  ])
  for (const sourceId of sources) {
    const line = billable.find((l) => l.id === sourceId)
    const owed = line ? toDecimal(line.quantity) : new BigNumber(0)
    const delta = owed.minus(billed(sourceId))
    if (delta.isGreaterThan(0) && line) {
      plan.bill.push(scaleLine(line, delta))
    } else if (delta.isLessThan(0)) {
      takeBack(sourceId, delta.negated(), invoices, remaining, plan)
    }
  }

  return plan
}

function takeBack(
  sourceId: string,
  quantity: BigNumber,
  invoices: OrderDocument[],
  remaining: Map<string, StoredLine[]>,
  plan: CorrectionPlan
): void {
  let left = quantity
  for (const invoice of invoices) {
    for (const line of remaining.get(invoice.id) ?? []) {
      const open = toDecimal(line.quantity)
      if (line.source_id !== sourceId || !open.isGreaterThan(0)) {
        continue
      }

      const take = BigNumber.min(open, left)
      let credit = plan.credits.find((c) => c.invoice_id === invoice.id)
      if (!credit) {
        credit = { invoice_id: invoice.id, lines: [] }
        plan.credits.push(credit)
      }
      credit.lines.push({ line_id: line.id, quantity: take.toString() })
      left = left.minus(take)
      if (left.isZero()) {
        return
      }
    }
  }
}

/** The line at another quantity, its Medusa amounts scaled alike. */
function scaleLine(line: SourceLine, quantity: BigNumber): SourceLine {
  // Multiply before dividing: 10 × 1 / 3 × 3 must stay 10.
  const scale = (v: SourceLine["subtotal"] | undefined) =>
    toDecimal(v).times(quantity).dividedBy(toDecimal(line.quantity)).toString()

  return {
    ...line,
    quantity: quantity.toString(),
    subtotal: scale(line.subtotal),
    discount_subtotal: scale(line.discount_subtotal),
  }
}

/** An invoice of an order with what it still asks (negative: a surplus). */
export type OpenInvoice = {
  id: string
  number: string
  currency_code: string
  open: string
}

/** A surplus to move from one invoice of an order to another. */
export type SurplusTransfer = {
  from_id: string
  from_number: string
  to_id: string
  to_number: string
  amount: string
}

/**
 * Pairs the order's invoices that received more than they ask with those
 * that still ask for money, oldest first on both sides, moving the smaller
 * of surplus and need each time, in whole minor units.
 *
 * @example planSurplusTransfers([{ open: "-20" ... }, { open: "20" ... }])
 * // [{ from_id, to_id, amount: "20.00" }]
 */
export function planSurplusTransfers(
  invoices: OpenInvoice[]
): SurplusTransfer[] {
  const unit = (code: string) =>
    new BigNumber(1).shiftedBy(-currencyDecimals(code))
  const surpluses = invoices
    .map((i) => ({ ...i, left: toDecimal(i.open).negated() }))
    .filter((i) => i.left.isGreaterThanOrEqualTo(unit(i.currency_code)))
  const needs = invoices
    .map((i) => ({ ...i, left: toDecimal(i.open) }))
    .filter((i) => i.left.isGreaterThanOrEqualTo(unit(i.currency_code)))
  const moves: SurplusTransfer[] = []
  for (const from of surpluses) {
    for (const to of needs) {
      const amount = BigNumber.min(from.left, to.left)
      if (!amount.isGreaterThan(0)) {
        continue
      }

      moves.push({
        from_id: from.id,
        from_number: from.number,
        to_id: to.id,
        to_number: to.number,
        amount: amount.toFixed(currencyDecimals(from.currency_code)),
      })
      from.left = from.left.minus(amount)
      to.left = to.left.minus(amount)
    }
  }

  return moves
}
