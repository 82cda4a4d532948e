import type { PdfDocumentInput, PdfLine, PdfTaxRow } from "../pdf"

/** An invoice or credit note as Query returns it with lines and tax rows. */
export type StoredDocument = Omit<
  PdfDocumentInput,
  "lines" | "tax_rows" | "seller" | "corrects_invoice_number" | "note"
> & {
  id: string
  seller: PdfDocumentInput["seller"] & { logo_file_id?: string | null }
  metadata?: Record<string, unknown> | null
  lines: (PdfLine & Record<string, unknown>)[]
  tax_rows: (PdfTaxRow & Record<string, unknown>)[]
}

/**
 * What the PDF of a stored document prints: its frozen snapshot only,
 * lines in their printed order, and for a credit note the number of the
 * invoice it corrects.
 */
export function toPdfInput(
  doc: StoredDocument,
  correctsInvoiceNumber: string | null
): PdfDocumentInput {
  const { logo_file_id: _logo, ...seller } = doc.seller

  return {
    kind: doc.kind,
    number: doc.number,
    issue_date: doc.issue_date,
    due_date: doc.due_date,
    issued_at: doc.issued_at,
    order_display_id: doc.order_display_id ?? null,
    corrects_invoice_number: correctsInvoiceNumber,
    reason: doc.reason ?? null,
    currency_code: doc.currency_code,
    seller,
    billing_address: doc.billing_address ?? null,
    shipping_address: doc.shipping_address ?? null,
    buyer_vat_number:
      (doc.metadata?.buyer_vat_number as string | undefined) ?? null,
    email: doc.email ?? null,
    lines: [...doc.lines]
      .sort((a, b) => a.position - b.position)
      .map((l) => ({
        position: l.position,
        line_type: l.line_type,
        title: l.title,
        description: l.description ?? null,
        sku: l.sku ?? null,
        quantity: l.quantity,
        unit_price: l.unit_price,
        discount_total: l.discount_total,
        tax_rate: l.tax_rate,
        total: l.total,
      })),
    tax_rows: doc.tax_rows.map((r) => ({
      name: r.name ?? null,
      code: r.code ?? null,
      rate: r.rate,
      taxable_amount: r.taxable_amount,
      tax_amount: r.tax_amount,
    })),
    subtotal: doc.subtotal,
    discount_total: doc.discount_total,
    tax_total: doc.tax_total,
    total: doc.total,
    amount_paid: doc.amount_paid,
    amount_credited: doc.amount_credited,
    balance: doc.balance,
  }
}

/** The file name a document's PDF is downloaded as: `INV-2026-00001.pdf`. */
export function pdfFileName(number: string): string {
  return `${number.replace(/[^A-Za-z0-9._-]+/g, "_")}.pdf`
}
