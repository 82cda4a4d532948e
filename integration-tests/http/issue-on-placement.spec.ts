import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { calendarDateIn } from "../../src/modules/invoicing/utils/dates"
import { addDays } from "../../src/modules/invoicing/utils/dates"
import { issueInvoiceWorkflow } from "../../src/workflows/issue-invoice"
import {
  createUnstockedVariant,
  GERMAN_ADDRESS,
  JAPANESE_ADDRESS,
  setupTestStore,
  TestStore,
  US_ADDRESS,
  waitForInvoice,
  waitForInvoices,
} from "../fixtures/invoicing"

jest.setTimeout(180 * 1000)

const TIMEZONE = "Europe/Berlin"
const year = () => Number(calendarDateIn(new Date(), TIMEZONE).slice(0, 4))
const round2 = (n: number) => Math.round(n * 100) / 100

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let t: TestStore
    let token: string

    beforeEach(async () => {
      t = await setupTestStore(getContainer(), api)
      token = await t.client.registerCustomer({
        email: "erika@example.com",
        password: "secret-password",
        first_name: "Erika",
        last_name: "Mustermann",
      })
    })

    const placeEuroOrder = () =>
      t.client.placeOrder({
        region_id: t.store.regions.eur,
        items: [
          { variant_id: t.store.variants.tshirt, quantity: 2 },
          { variant_id: t.store.variants.mug, quantity: 1 },
        ],
        email: "erika@example.com",
        token,
        address: GERMAN_ADDRESS,
      })

    describe("an order placed through the Store API", () => {
      it("gets an invoice whose snapshot equals the order's totals", async () => {
        const order = await placeEuroOrder()
        const invoice = await waitForInvoice(api, t.admin, order.id)
        const { body: me } = await t.client.request(
          "GET",
          "/store/customers/me",
          { token }
        )

        expect(invoice).toEqual(
          expect.objectContaining({
            number: `INV-${year()}-00001`,
            kind: "invoice",
            order_id: order.id,
            order_display_id: order.display_id,
            customer_id: me.customer.id,
            email: "erika@example.com",
            currency_code: "eur",
            status: "issued",
            payment_status: "unpaid",
            display_status: "invoiced",
            payment_terms_days: 14,
            total: round2(order.total),
            tax_total: round2(order.tax_total),
            discount_total: 0,
          })
        )
        expect(invoice.total).toBe(65.21)
        expect(invoice.tax_total).toBe(10.41)
        expect(invoice.item_subtotal).toBe(49.9)
        expect(invoice.shipping_subtotal).toBe(4.9)
        expect(invoice.due_date).toBe(addDays(invoice.issue_date, 14))
        expect(invoice.issue_date).toBe(calendarDateIn(new Date(), TIMEZONE))
        expect(invoice.seller.name).toBe("Demo Goods GmbH")
        expect(invoice.billing_address).toEqual(
          expect.objectContaining({ last_name: "Mustermann", city: "Berlin" })
        )

        const items = invoice.lines.filter((l: any) => l.line_type === "item")
        const shipping = invoice.lines.filter(
          (l: any) => l.line_type === "shipping"
        )
        expect(items).toHaveLength(2)
        expect(shipping).toHaveLength(1)
        expect(
          items.map((l: any) => [l.sku, l.quantity, l.unit_price])
        ).toEqual(
          expect.arrayContaining([
            ["DEMO-TSHIRT", 2, 20],
            ["DEMO-MUG", 1, 9.9],
          ])
        )
        expect(invoice.tax_rows).toEqual([
          expect.objectContaining({
            rate: 19,
            taxable_amount: 54.8,
            tax_amount: 10.41,
          }),
        ])
        const lineTotals = invoice.lines.reduce(
          (sum: number, l: any) => sum + Math.round(l.total * 100),
          0
        )
        expect(lineTotals).toBe(6521)
      })

      it("shows the invoice on the order in the admin API", async () => {
        const order = await placeEuroOrder()
        const invoice = await waitForInvoice(api, t.admin, order.id)

        const res = await api.get(
          `/admin/orders/${order.id}?fields=id,*invoices`,
          t.admin
        )

        expect(res.data.order.invoices).toEqual([
          expect.objectContaining({
            id: invoice.id,
            number: invoice.number,
            display_status: "invoiced",
          }),
        ])
      })

      it("emits invoice.issued once with the invoice id", async () => {
        const eventBus = getContainer().resolve("event_bus")
        const seen: string[] = []
        eventBus.subscribe("invoice.issued", async ({ data }: any) => {
          seen.push(data.id)
        })

        const order = await placeEuroOrder()
        const invoice = await waitForInvoice(api, t.admin, order.id)
        await issueInvoiceWorkflow(getContainer()).run({
          input: { order_id: order.id },
        })
        await new Promise((resolve) => setTimeout(resolve, 500))

        expect(seen).toEqual([invoice.id])
      })
    })

    describe("C-01: order.placed delivered twice", () => {
      it("leaves one invoice and one consumed number, in sequence or at once", async () => {
        const order = await placeEuroOrder()
        const first = await waitForInvoice(api, t.admin, order.id)
        const run = () =>
          issueInvoiceWorkflow(getContainer()).run({
            input: { order_id: order.id },
          })

        const again = await run()
        const together = await Promise.all([run(), run(), run()])

        expect(again.result).toEqual({
          id: first.id,
          number: first.number,
          created: false,
        })
        together.forEach(({ result }) => expect(result?.created).toBe(false))
        expect(await waitForInvoices(api, t.admin, order.id)).toHaveLength(1)

        const next = await placeEuroOrder()
        const nextInvoice = await waitForInvoice(api, t.admin, next.id)
        expect(nextInvoice.number).toBe(`INV-${year()}-00002`)
      })

      it("issues exactly one invoice when the first two deliveries race", async () => {
        const bus = getContainer().resolve("event_bus")
        const order = await placeEuroOrder()
        await bus.emit([
          { name: "order.placed", data: { id: order.id } },
          { name: "order.placed", data: { id: order.id } },
        ])
        await new Promise((resolve) => setTimeout(resolve, 1000))

        const invoices = await waitForInvoices(api, t.admin, order.id)
        expect(invoices).toHaveLength(1)
        expect(invoices[0].number).toBe(`INV-${year()}-00001`)
      })
    })

    describe("C-02: twenty carts completed at the same moment", () => {
      it("numbers them 42 to 61 after 41, each once, none missing", async () => {
        await dbConnection.raw(
          `insert into invoice_number_counter (id, series, year, last_value)
           values ('invcnt_test', 'invoice', ?, 41)`,
          [year()]
        )
        // Carts are prepared one by one (Medusa races when one customer's
        // first payment sessions are created in parallel); only the
        // completions run at the same moment.
        const variantId = await createUnstockedVariant(getContainer(), t)
        const cartIds: string[] = []
        for (let i = 0; i < 20; i++) {
          cartIds.push(
            await t.client.prepareCart({
              region_id: t.store.regions.eur,
              items: [{ variant_id: variantId, quantity: 1 }],
              email: "erika@example.com",
              token,
              address: GERMAN_ADDRESS,
            })
          )
        }

        const orders = await Promise.all(
          cartIds.map((id) => t.client.completeCart(id, token))
        )
        const numbers = await Promise.all(
          orders.map(
            async (o) => (await waitForInvoice(api, t.admin, o.id)).number
          )
        )

        const expected = Array.from(
          { length: 20 },
          (_, i) => `INV-${year()}-${String(42 + i).padStart(5, "0")}`
        )
        expect([...numbers].sort()).toEqual(expected)
      })
    })

    describe("C-03: rounding to the minor unit", () => {
      it("bills USD 24.99 at 10.75 % plus untaxed 6.44 shipping as 34.12", async () => {
        const order = await t.client.placeOrder({
          region_id: t.store.regions.usd,
          items: [{ variant_id: t.store.variants.tshirt, quantity: 1 }],
          email: "erika@example.com",
          token,
          address: US_ADDRESS,
        })
        const invoice = await waitForInvoice(api, t.admin, order.id)

        expect(invoice.currency_code).toBe("usd")
        expect(invoice.tax_total).toBe(2.69)
        expect(invoice.total).toBe(34.12)
        expect(invoice.shipping_subtotal).toBe(6.44)
        const taxed = invoice.tax_rows.filter((r: any) => r.tax_amount !== 0)
        expect(taxed).toEqual([
          expect.objectContaining({
            rate: 10.75,
            taxable_amount: 24.99,
            tax_amount: 2.69,
          }),
        ])
        const cents = (values: number[]) =>
          values.reduce((sum, v) => sum + Math.round(v * 100), 0)
        expect(cents(invoice.lines.map((l: any) => l.total))).toBe(3412)
        expect(cents(invoice.tax_rows.map((r: any) => r.tax_amount))).toBe(269)
      })
    })

    describe("C-05: zero-decimal currency", () => {
      it("bills JPY 3 × 333 as 999 with no decimal part", async () => {
        const order = await t.client.placeOrder({
          region_id: t.store.regions.jpy,
          items: [{ variant_id: t.store.variants.tshirt, quantity: 3 }],
          email: "erika@example.com",
          token,
          address: JAPANESE_ADDRESS,
        })
        const invoice = await waitForInvoice(api, t.admin, order.id)

        expect(invoice.currency_code).toBe("jpy")
        expect(invoice.total).toBe(999)
        expect(Number.isInteger(invoice.total)).toBe(true)
        expect(invoice.tax_total).toBe(0)
      })
    })
  },
})
