/**
 * Benchmark of the invoice PDF renderer: a 1-line and a 200-line invoice,
 * median and p95 milliseconds per render, the first (cold) render, peak
 * RSS and the largest heap seen, and the heap after 100 and after 500
 * renders (after a garbage collection, when `--expose-gc` is given) to show
 * that memory does not grow. Writes bench/results/pdf.json. Run with
 * `npm run bench`.
 */
import { writeFileSync } from "fs"
import { join } from "path"
import { renderInvoicePdf } from "../src/modules/invoicing/pdf"
import {
  invoiceWith,
  itemLines,
} from "../src/modules/invoicing/pdf/__tests__/fixtures"

const MB = 1024 * 1024

function percentile(sorted: number[], share: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.ceil(share * sorted.length) - 1
  )

  return Number(sorted[Math.max(0, index)].toFixed(2))
}

async function timed(render: () => Promise<Buffer>) {
  const start = process.hrtime.bigint()
  const pdf = await render()

  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    bytes: pdf.length,
  }
}

async function measure(lineCount: number, runs: number) {
  const doc = invoiceWith(itemLines(lineCount))
  const render = () => renderInvoicePdf(doc, { locale: "de" })
  const first = await timed(render)
  const times: number[] = []
  let heapMax = 0
  for (let i = 0; i < runs; i++) {
    times.push((await timed(render)).ms)
    heapMax = Math.max(heapMax, process.memoryUsage().heapUsed)
  }
  times.sort((a, b) => a - b)

  return {
    lines: lineCount,
    runs,
    pdf_bytes: first.bytes,
    first_render_ms: Number(first.ms.toFixed(2)),
    median_ms: percentile(times, 0.5),
    p95_ms: percentile(times, 0.95),
    heap_used_max_mb: Number((heapMax / MB).toFixed(1)),
    rss_peak_mb: Number(
      ((process.resourceUsage().maxRSS * 1024) / MB).toFixed(1)
    ),
  }
}

/** Heap after a collection, in MB (as is without `--expose-gc`). */
function settledHeapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()

  return Number((process.memoryUsage().heapUsed / MB).toFixed(1))
}

async function memoryGrowth(renders: number) {
  const doc = invoiceWith(itemLines(1))
  const samples: { renders: number; heap_mb: number }[] = []
  for (let i = 1; i <= renders; i++) {
    await renderInvoicePdf(doc, { locale: "en" })
    if (i === 100 || i === renders) {
      samples.push({ renders: i, heap_mb: settledHeapMb() })
    }
  }

  return {
    renders,
    gc_exposed: typeof (globalThis as { gc?: unknown }).gc === "function",
    samples,
    growth_mb: Number(
      (samples[samples.length - 1].heap_mb - samples[0].heap_mb).toFixed(1)
    ),
  }
}

async function main() {
  const cases = [await measure(1, 50), await measure(200, 20)]
  const memory = await memoryGrowth(500)
  const results = {
    measured_at: new Date().toISOString(),
    node: process.version,
    note: "first_render_ms of the first case includes loading the fonts; rss_peak_mb is the process peak so far",
    targets: { one_line_ms: 100, two_hundred_lines_ms: 1000 },
    cases,
    memory,
  }
  const file = join(__dirname, "results", "pdf.json")
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n")
  process.stdout.write(
    `${JSON.stringify({ cases, memory })}\nWritten to ${file}\n`
  )
}

void main()
