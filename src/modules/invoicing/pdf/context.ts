import { formatMoney } from "./format"
import type { PdfLabels } from "./labels"
import type { Flow } from "./page"
import type { PdfAmount, PdfDocumentInput, PdfLocale } from "./types"

/** What every section of the document draws from. */
export type RenderContext = {
  input: PdfDocumentInput
  locale: PdfLocale
  labels: PdfLabels
  flow: Flow
}

/** An amount of the document, in its currency, written for its locale. */
export function money(context: RenderContext, amount: PdfAmount): string {
  return formatMoney(amount, context.input.currency_code, context.locale)
}

/** "Invoice" or "Credit note" in the document's language. */
export function documentTitle(context: RenderContext): string {
  return context.input.kind === "invoice"
    ? context.labels.invoice
    : context.labels.credit_note
}
