/**
 * Benchmark of the invoice amount computation (rounding, grouping and
 * allocation) for orders of 10, 200 and 2,000 lines. Writes its figures to
 * bench/results/invoice-amounts.json. Run with `npm run bench`.
 */
import { writeFileSync } from "fs"
import { join } from "path"
import {
  computeInvoiceAmounts,
  SourceLine,
} from "../src/modules/invoicing/utils/invoice-amounts"

const RATES = [[{ rate: 19 }], [{ rate: 7 }], [], [{ rate: 6 }, { rate: 2.5 }]]

function orderOf(lineCount: number): SourceLine[] {
  return Array.from({ length: lineCount }, (_, i) => {
    const price = ((i * 7919) % 10000) / 100 + 0.99
    const quantity = 1 + (i % 4)

    return {
      id: `item_${i}`,
      line_type: "item",
      title: `Product ${i}`,
      quantity,
      unit_price: price,
      subtotal: (price * 100 * quantity) / 100,
      discount_subtotal: i % 5 === 0 ? price * 0.1 : 0,
      tax_lines: RATES[i % RATES.length],
    }
  })
}

function measure(lineCount: number, runs: number) {
  const lines = orderOf(lineCount)
  computeInvoiceAmounts(lines, "eur")
  const heapBefore = process.memoryUsage().heapUsed
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) {
    computeInvoiceAmounts(lines, "eur")
  }
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6

  return {
    lines: lineCount,
    runs,
    ms_per_invoice: Number((elapsedMs / runs).toFixed(3)),
    heap_delta_mb: Number(
      ((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)
    ),
  }
}

const results = {
  measured_at: new Date().toISOString(),
  node: process.version,
  target: "200 lines in under 50 ms per invoice",
  cases: [measure(10, 500), measure(200, 100), measure(2000, 10)],
}
const file = join(__dirname, "results", "invoice-amounts.json")
writeFileSync(file, JSON.stringify(results, null, 2) + "\n")
process.stdout.write(`${JSON.stringify(results.cases)}\nWritten to ${file}\n`)
