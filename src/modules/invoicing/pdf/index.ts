/**
 * Invoice and credit note PDFs: a pure renderer (document in, bytes out)
 * with labels in en, de, fr, es and nl and embedded Noto fonts for Latin,
 * Greek, Cyrillic, Arabic, Japanese, Korean and Chinese text.
 */
export { formatDate, formatMoney } from "./format"
export { PDF_LABELS } from "./labels"
export type { PdfLabels } from "./labels"
export { pickLocale, PDF_LOCALES } from "./locale"
export { renderInvoicePdf } from "./render"
export type {
  PdfAddress,
  PdfAmount,
  PdfDocumentInput,
  PdfLine,
  PdfLocale,
  PdfRenderOptions,
  PdfSeller,
  PdfTaxRow,
} from "./types"
