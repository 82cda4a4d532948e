import PDFDocument from "pdfkit"
import { createCanvas } from "./canvas"
import type { RenderContext } from "./context"
import {
  drawFooters,
  drawRunningHeader,
  footerHeight,
  footerLines,
} from "./footer"
import { drawAddresses, drawDocumentHeader, drawReason } from "./header"
import { PDF_LABELS } from "./labels"
import { drawLineTable } from "./line-table"
import { Flow, PAGE } from "./page"
import { drawNote, drawPayment, drawSummary } from "./summary"
import type { PdfDocumentInput, PdfRenderOptions } from "./types"

const RUNNING_HEADER_HEIGHT = 22

function creationDate(issuedAt: string | Date): Date {
  const date = new Date(issuedAt)
  if (Number.isNaN(date.getTime())) {
    throw new Error(`issued_at is not a date: ${String(issuedAt)}`)
  }

  return date
}

function createPdf(input: PdfDocumentInput, options: PdfRenderOptions) {
  const labels = PDF_LABELS[options.locale]
  const title = input.kind === "invoice" ? labels.invoice : labels.credit_note
  const date = creationDate(input.issued_at)

  // CreationDate and ModDate come from the document, not the clock, and
  // pdfkit derives the trailer ID from them: the same input gives the same
  // bytes. An empty default font keeps Helvetica out of the file.
  return new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    font: "",
    lang: options.locale,
    displayTitle: true,
    info: {
      Title: `${title} ${input.number}`,
      Author: input.seller.name,
      Creator: "medusa-plugin-invoicing",
      Producer: "PDFKit",
      CreationDate: date,
      ModDate: date,
    },
  })
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk))
    pdf.on("end", () => resolve(Buffer.concat(chunks)))
    pdf.on("error", reject)
    pdf.end()
  })
}

function createContext(
  input: PdfDocumentInput,
  options: PdfRenderOptions,
  pdf: PDFKit.PDFDocument,
  footerSpace: number
): RenderContext {
  const flow: Flow = {
    canvas: createCanvas(pdf),
    y: PAGE.margin,
    left: PAGE.margin,
    width: PAGE.width - 2 * PAGE.margin,
    top: PAGE.margin + RUNNING_HEADER_HEIGHT,
    bottom: PAGE.height - PAGE.margin - footerSpace,
    onNewPage: [],
  }
  const context = {
    input,
    locale: options.locale,
    labels: PDF_LABELS[options.locale],
    flow,
  }
  flow.onNewPage.push(() => drawRunningHeader(context))

  return context
}

/**
 * Renders an invoice or a credit note as an A4 PDF, labels in the given
 * language, fonts embedded for Latin, Greek, Cyrillic, Arabic, Japanese,
 * Korean and Chinese text. Pure: the same input gives the same bytes.
 *
 * @throws Error when the locale is not supported, `issued_at` is not a date
 * or the logo is neither PNG nor JPEG.
 *
 * @example
 * const pdf = await renderInvoicePdf(document, { locale: "de", logo })
 * res.setHeader("Content-Type", "application/pdf").send(pdf)
 */
export async function renderInvoicePdf(
  input: PdfDocumentInput,
  options: PdfRenderOptions
): Promise<Buffer> {
  if (!PDF_LABELS[options.locale]) {
    throw new Error(`Unsupported invoice PDF locale: ${options.locale}`)
  }

  const pdf = createPdf(input, options)
  const footer = footerLines(input.seller.footer, PAGE.width - 2 * PAGE.margin)
  const context = createContext(input, options, pdf, footerHeight(footer) + 18)
  drawDocumentHeader(context, options.logo)
  drawAddresses(context)
  drawReason(context)
  drawLineTable(context)
  drawSummary(context)
  drawNote(context)
  drawPayment(context)
  drawFooters(context, footer)

  return collect(pdf)
}
