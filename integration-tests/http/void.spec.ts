import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  GERMAN_ADDRESS,
  setupTestStore,
  TestStore,
  waitForInvoice,
  waitForInvoices,
} from "../fixtures/invoicing"

jest.setTimeout(180 * 1000)

// This suite runs the app with the plugin option allow_void on.
process.env.INVOICING_ALLOW_VOID = "true"
afterAll(() => {
  delete process.env.INVOICING_ALLOW_VOID
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let t: TestStore

    beforeEach(async () => {
      t = await setupTestStore(getContainer(), api)
    })

    const placeOrder = async () => {
      const order = await t.client.placeOrder({
        region_id: t.store.regions.eur,
        items: [{ variant_id: t.store.variants.mug, quantity: 1 }],
        email: "guest@example.com",
        address: GERMAN_ADDRESS,
      })

      return { order, invoice: await waitForInvoice(api, t.admin, order.id) }
    }
    const post = (path: string, body: object) =>
      api.post(path, body, t.admin).catch((e: any) => e.response)

    it("voids an unpaid invoice, keeps its number and lets the order be invoiced again", async () => {
      const { order, invoice } = await placeOrder()

      const res = await post(`/admin/invoices/${invoice.id}/void`, {
        reason: "Issued to the wrong company",
      })
      expect(res.status).toBe(200)
      expect(res.data.invoice).toEqual(
        expect.objectContaining({
          number: invoice.number,
          status: "void",
          display_status: "void",
          total: invoice.total,
        })
      )
      expect(res.data.invoice.audit_trail).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            reason: "invoice_voided: Issued to the wrong company",
            actor_type: "user",
            after: expect.objectContaining({ status: "void" }),
          }),
        ])
      )

      const again = await post(`/admin/invoices/${invoice.id}/void`, {})
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("void")

      const reissued = await post(`/admin/orders/${order.id}/invoices`, {})
      expect(reissued.status).toBe(201)
      expect(reissued.data.invoice.number).not.toBe(invoice.number)
      const paying = await post(`/admin/invoices/${invoice.id}/payments`, {
        amount: "1",
        method: "cash",
      })
      expect(paying.status).toBe(400)
    })

    it("re-invoices a voided order only for what its other invoices do not bill", async () => {
      const { order, invoice } = await placeOrder()
      await api.post("/admin/order-edits", { order_id: order.id }, t.admin)
      await api.post(
        `/admin/order-edits/${order.id}/items`,
        { items: [{ variant_id: t.store.variants.tote, quantity: 1 }] },
        t.admin
      )
      await api.post(`/admin/order-edits/${order.id}/confirm`, {}, t.admin)
      await waitForInvoices(api, t.admin, order.id, 2)

      expect(
        (await post(`/admin/invoices/${invoice.id}/void`, {})).status
      ).toBe(200)
      const reissued = await post(`/admin/orders/${order.id}/invoices`, {})

      expect(reissued.status).toBe(201)
      expect(
        reissued.data.invoice.lines
          .filter((l: any) => l.line_type === "item")
          .map((l: any) => l.variant_id)
      ).toEqual([t.store.variants.mug])
      const billing = (
        await api.get(`/admin/orders/${order.id}/invoices`, t.admin)
      ).data.billing
      expect(billing.total).toBe(
        (
          Number(invoice.total) +
          Number(
            (await waitForInvoices(api, t.admin, order.id, 3)).find(
              (d: any) => d.origin === "order_change"
            ).total
          )
        ).toFixed(2)
      )
    })

    it("refuses to void an invoice with a payment or a credit note", async () => {
      const paid = (await placeOrder()).invoice
      await post(`/admin/invoices/${paid.id}/payments`, {
        amount: "1.00",
        method: "bank_transfer",
      })
      const withPayment = await post(`/admin/invoices/${paid.id}/void`, {})
      expect(withPayment.status).toBe(400)
      expect(withPayment.data.message).toContain("payments")

      const credited = (await placeOrder()).invoice
      await post(`/admin/invoices/${credited.id}/credit-notes`, {
        amount: "1.00",
        reason: "Goodwill",
      })
      const withCredit = await post(`/admin/invoices/${credited.id}/void`, {})
      expect(withCredit.status).toBe(400)
      expect(withCredit.data.message).toContain("credit notes")

      const unknown = await post("/admin/invoices/inv_nope/void", {})
      expect(unknown.status).toBe(404)
    })
  },
})
