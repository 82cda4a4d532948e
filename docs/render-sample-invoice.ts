/**
 * Renders the sample invoice shown in the README (docs/sample-invoice.pdf)
 * from the PDF tests' fixtures: a German seller, a buyer in Cyrillic with
 * a Japanese address, a line with accents and the euro sign, a note in
 * Arabic. Run with
 * `npx ts-node --transpile-only docs/render-sample-invoice.ts`, then
 * `pdftoppm -png -r 80 -f 1 -l 1 docs/sample-invoice.pdf docs/sample-invoice`
 * for the PNG.
 */
import { writeFileSync } from "fs"
import { join } from "path"
import { renderInvoicePdf } from "../src/modules/invoicing/pdf"
import {
  invoiceWith,
  itemLines,
  shippingLine,
} from "../src/modules/invoicing/pdf/__tests__/fixtures"

async function main() {
  const lines = [
    ...itemLines(3),
    {
      ...itemLines(4)[3],
      title: "Crème brûlée – 5 €",
      description: "Dessert, hausgemacht",
    },
    shippingLine(5),
  ]
  const pdf = await renderInvoicePdf(
    invoiceWith(lines, {
      billing_address: {
        first_name: "Иван",
        last_name: "Петров",
        address_1: "道玄坂1-2-3",
        postal_code: "150-0043",
        city: "東京都渋谷区",
        country_code: "jp",
      },
      note: "شكرا لطلبك",
    }),
    { locale: "en" }
  )
  const file = join(__dirname, "..", "docs", "sample-invoice.pdf")
  writeFileSync(file, pdf)
  process.stdout.write(`Written to ${file}\n`)
}

void main()
