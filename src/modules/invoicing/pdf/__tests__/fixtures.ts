import BigNumber from "bignumber.js"
import type { PdfDocumentInput, PdfLine } from "../types"

export const SELLER: PdfDocumentInput["seller"] = {
  name: "Acme Handels GmbH",
  address_1: "Friedrichstraße 12",
  postal_code: "10117",
  city: "Berlin",
  country_code: "de",
  vat_number: "DE123456789",
  registration_number: "HRB 123456 B",
  email: "billing@acme.example",
  phone: "+49 30 1234567",
  iban: "DE89370400440532013000",
  bic: "COBADEFFXXX",
  payment_instructions: "Please pay by bank transfer within 14 days.",
  footer:
    "Acme Handels GmbH · Managing director: Erika Mustermann · Amtsgericht Charlottenburg HRB 123456 B",
}

/** The title of line `index` (1-based): "Article 001" … "Article 200". */
export function lineTitle(index: number): string {
  return `Article ${String(index).padStart(3, "0")}`
}

/** Item lines at 19 % with exact two-decimal prices. */
export function itemLines(count: number): PdfLine[] {
  return Array.from({ length: count }, (_, i) => {
    const index = i + 1
    const unit = new BigNumber(index).times("1.25").plus("0.99")
    const quantity = 1 + (index % 3)
    const net = unit.times(quantity)

    return {
      position: index,
      line_type: "item",
      title: lineTitle(index),
      description: `Description of article ${index}`,
      sku: `SKU-${index}`,
      quantity,
      unit_price: unit.toFixed(2),
      discount_total: "0",
      tax_rate: 19,
      total: net.times("1.19").toFixed(2),
    }
  })
}

/** A shipping line at 19 %, net 4.90. */
export function shippingLine(position: number): PdfLine {
  return {
    position,
    line_type: "shipping",
    title: "DHL Express",
    quantity: 1,
    unit_price: "4.90",
    discount_total: "0",
    tax_rate: 19,
    total: "5.83",
  }
}

/** A consistent invoice over the given lines, in EUR unless told. */
export function invoiceWith(
  lines: PdfLine[],
  overrides: Partial<PdfDocumentInput> = {}
): PdfDocumentInput {
  const net = lines.reduce(
    (sum, line) =>
      sum.plus(new BigNumber(line.unit_price).times(line.quantity)),
    new BigNumber(0)
  )
  const tax = net.times("0.19").decimalPlaces(2)
  const total = net.plus(tax)

  return {
    kind: "invoice",
    number: "INV-2026-00042",
    issue_date: "2026-12-04",
    due_date: "2026-12-18",
    issued_at: "2026-12-04T09:30:00.000Z",
    order_display_id: 1042,
    currency_code: "eur",
    seller: SELLER,
    billing_address: {
      first_name: "Jane",
      last_name: "Doe",
      company: "Doe Trading Ltd",
      address_1: "1 Main Street",
      postal_code: "D02 X285",
      city: "Dublin",
      country_code: "ie",
    },
    buyer_vat_number: "IE6388047V",
    email: "jane@doe.example",
    lines,
    tax_rows: [
      {
        name: "VAT",
        rate: 19,
        taxable_amount: net.toFixed(2),
        tax_amount: tax.toFixed(2),
      },
    ],
    subtotal: net.toFixed(2),
    discount_total: "0",
    tax_total: tax.toFixed(2),
    total: total.toFixed(2),
    amount_paid: "10.00",
    amount_credited: "0",
    balance: total.minus(10).toFixed(2),
    ...overrides,
  }
}

/** The field case C-11: Cyrillic, Japanese, accents and €, an Arabic note. */
export function multiScriptInvoice(): PdfDocumentInput {
  const line: PdfLine = {
    position: 1,
    line_type: "item",
    title: "Crème brûlée – 5 €",
    quantity: 2,
    unit_price: "5.00",
    discount_total: "0",
    tax_rate: 19,
    total: "11.90",
  }

  return invoiceWith([line], {
    billing_address: {
      first_name: "Иван",
      last_name: "Петров",
      address_1: "道玄坂1-2-3",
      postal_code: "150-0043",
      city: "東京都渋谷区",
      country_code: "jp",
    },
    note: "شكرا لطلبك",
  })
}
