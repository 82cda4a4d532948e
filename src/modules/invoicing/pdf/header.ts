import { documentTitle, RenderContext } from "./context"
import { countryName, formatDate } from "./format"
import { fitInto, logoSize } from "./logo"
import { drawLines, heightOf, STYLES, TextLine, wrapLines } from "./page"
import type { PdfAddress, PdfLocale } from "./types"

const LOGO_BOX = { width: 150, height: 48 }

function joined(...parts: (string | null | undefined)[]): string {
  return parts.filter((part) => part?.trim()).join(" ")
}

/**
 * The lines of a postal address as printed: name, company, street, postal
 * code and city, province, country named in the locale. Empty fields are
 * left out.
 *
 * @example addressLines(input.billing_address, "de")
 */
export function addressLines(address: PdfAddress, locale: PdfLocale) {
  const country = address.country_code
    ? countryName(address.country_code, locale)
    : undefined

  return [
    joined(address.first_name, address.last_name),
    address.company,
    address.address_1,
    address.address_2,
    joined(address.postal_code, address.city),
    address.province,
    country,
  ].filter((line): line is string => !!line?.trim())
}

function labelled(label: string, value: string | null | undefined) {
  return value?.trim() ? `${label}: ${value.trim()}` : null
}

function sellerLines(context: RenderContext, width: number): TextLine[] {
  const { seller } = context.input
  const { labels } = context
  const identifiers = [
    labelled(labels.vat_id, seller.vat_number),
    labelled(labels.tax_id, seller.tax_id),
    labelled(labels.registration_number, seller.registration_number),
    labelled(labels.email, seller.email),
    labelled(labels.phone, seller.phone),
  ]
  const address = addressLines(seller, context.locale)

  return [
    ...wrapLines(seller.name, width, { size: 11, bold: true }),
    ...address.flatMap((line) => wrapLines(line, width, STYLES.body)),
    ...identifiers.flatMap((line) => wrapLines(line, width, STYLES.small)),
  ]
}

function drawLogo(context: RenderContext, logo: Buffer, top: number) {
  const size = fitInto(logoSize(logo), LOGO_BOX.width, LOGO_BOX.height)
  context.flow.canvas.pdf.image(logo, context.flow.left, top, size)

  return top + size.height + 10
}

function metaRows(context: RenderContext): [string, string][] {
  const { input, labels, locale } = context
  const invoice = input.kind === "invoice"
  const rows: [string, string | null | undefined][] = [
    [invoice ? labels.invoice_number : labels.credit_note_number, input.number],
    [labels.issue_date, formatDate(input.issue_date, locale)],
    [labels.due_date, invoice ? formatDate(input.due_date, locale) : null],
    [
      labels.order,
      input.order_display_id ? `#${input.order_display_id}` : null,
    ],
    [labels.corrects_invoice, invoice ? null : input.corrects_invoice_number],
  ]

  return rows.filter((row): row is [string, string] => !!row[1])
}

function drawMeta(context: RenderContext, x: number, width: number) {
  const { canvas, y: top } = context.flow
  const title = { text: documentTitle(context), style: STYLES.title }
  let y = drawLines(canvas, [title], top, { x, width, align: "right" }) + 6
  for (const [label, value] of metaRows(context)) {
    const lines = wrapLines(value, width * 0.55, STYLES.strong)
    drawLines(canvas, wrapLines(label, width * 0.45, STYLES.small), y + 1, {
      x,
      width,
    })
    y = drawLines(canvas, lines, y, { x, width, align: "right" })
  }

  return y
}

/**
 * Draws the top of the first page: logo and seller on the left, title,
 * number, dates and order reference on the right.
 */
export function drawDocumentHeader(
  context: RenderContext,
  logo?: Buffer | null
) {
  const { flow } = context
  const leftWidth = flow.width * 0.55
  const rightX = flow.left + flow.width * 0.6
  let y = logo ? drawLogo(context, logo, flow.y) : flow.y
  y = drawLines(flow.canvas, sellerLines(context, leftWidth), y, {
    x: flow.left,
    width: leftWidth,
  })
  const metaBottom = drawMeta(context, rightX, flow.width * 0.4)
  flow.y = Math.max(y, metaBottom) + 18
}

function buyerLines(context: RenderContext, width: number): TextLine[] {
  const { input, labels, locale } = context
  const address = input.billing_address
    ? addressLines(input.billing_address, locale)
    : []
  const extra = [
    labelled(labels.vat_id, input.buyer_vat_number),
    labelled(labels.email, input.email),
  ]

  return [
    ...wrapLines(labels.bill_to, width, STYLES.heading),
    ...address.flatMap((line, index) =>
      wrapLines(line, width, index === 0 ? STYLES.strong : STYLES.body)
    ),
    ...extra.flatMap((line) => wrapLines(line, width, STYLES.small)),
  ]
}

function shippingLines(context: RenderContext, width: number): TextLine[] {
  const address = context.input.shipping_address
  if (!address) {
    return []
  }

  return [
    ...wrapLines(context.labels.ship_to, width, STYLES.heading),
    ...addressLines(address, context.locale).flatMap((line) =>
      wrapLines(line, width, STYLES.body)
    ),
  ]
}

/** Draws the buyer's billing (and shipping) address under the header. */
export function drawAddresses(context: RenderContext) {
  const { flow } = context
  const width = flow.width * 0.46
  const billing = buyerLines(context, width)
  const shipping = shippingLines(context, width)
  drawLines(flow.canvas, billing, flow.y, { x: flow.left, width })
  drawLines(flow.canvas, shipping, flow.y, {
    x: flow.left + flow.width * 0.52,
    width,
  })
  flow.y += Math.max(heightOf(billing), heightOf(shipping)) + 16
}

/** Credit notes: the reason they were issued, above the line table. */
export function drawReason(context: RenderContext) {
  const { input, labels, flow } = context
  if (input.kind !== "credit_note" || !input.reason?.trim()) {
    return
  }

  const lines = [
    ...wrapLines(labels.reason, flow.width, STYLES.heading),
    ...wrapLines(input.reason, flow.width, STYLES.body),
  ]
  flow.y = drawLines(flow.canvas, lines, flow.y, {
    x: flow.left,
    width: flow.width,
    align: "start",
  })
  flow.y += 12
}
