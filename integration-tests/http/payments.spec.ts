import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createLegacyOrder,
  GERMAN_ADDRESS,
  setupTestStore,
  TestStore,
  waitForInvoice,
} from "../fixtures/invoicing"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let t: TestStore
    let token: string

    beforeEach(async () => {
      t = await setupTestStore(getContainer(), api)
      token = await t.client.registerCustomer({
        email: "erika@example.com",
        password: "secret-password",
      })
    })

    const placeOrder = async (quantity = 3) => {
      const order = await t.client.placeOrder({
        region_id: t.store.regions.eur,
        items: [{ variant_id: t.store.variants.tshirt, quantity }],
        email: "erika@example.com",
        token,
        address: GERMAN_ADDRESS,
      })

      return { order, invoice: await waitForInvoice(api, t.admin, order.id) }
    }
    const paymentOf = async (orderId: string) => {
      const res = await api.get(
        `/admin/orders/${orderId}?fields=id,*payment_collections.payments`,
        t.admin
      )

      return res.data.order.payment_collections[0].payments[0]
    }
    const invoiceNow = async (id: string) =>
      (await api.get(`/admin/invoices/${id}`, t.admin)).data.invoice
    const waitFor = async (id: string, check: (inv: any) => boolean) => {
      const deadline = Date.now() + 20_000
      for (;;) {
        const invoice = await invoiceNow(id)
        if (check(invoice) || Date.now() > deadline) {
          return invoice
        }

        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    const pay = (id: string, body: object, headers = {}) =>
      api
        .post(`/admin/invoices/${id}/payments`, body, {
          headers: { ...t.admin.headers, ...headers },
        })
        .catch((e: any) => e.response)

    describe("captures and refunds in Medusa", () => {
      it("records a capture made through the admin payment routes", async () => {
        const { order, invoice } = await placeOrder()
        const payment = await paymentOf(order.id)

        await api.post(`/admin/payments/${payment.id}/capture`, {}, t.admin)
        const paid = await waitFor(
          invoice.id,
          (i) => i.payment_status !== "unpaid"
        )

        expect(paid).toEqual(
          expect.objectContaining({
            payment_status: "paid",
            display_status: "paid",
            amount_paid: invoice.total,
            balance: 0,
          })
        )
        // The entry keeps Medusa's unrounded capture (e.g. 77.231 for an
        // invoice of 77.23); less than a cent apart counts as settled.
        expect(paid.payments).toEqual([
          expect.objectContaining({ kind: "payment", source: "medusa" }),
        ])
        expect(Math.abs(paid.payments[0].amount - invoice.total)).toBeLessThan(
          0.01
        )
      })

      it("C-08: records two refunds of 20.00 on one payment as two entries", async () => {
        const { order, invoice } = await placeOrder(3)
        const payment = await paymentOf(order.id)
        await api.post(`/admin/payments/${payment.id}/capture`, {}, t.admin)
        await waitFor(invoice.id, (i) => i.payment_status === "paid")

        await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: 20 },
          t.admin
        )
        await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: 20 },
          t.admin
        )
        const after = await waitFor(
          invoice.id,
          (i) => i.payments.filter((p: any) => p.kind === "refund").length === 2
        )

        const refunds = after.payments.filter((p: any) => p.kind === "refund")
        expect(refunds.map((r: any) => r.amount)).toEqual([-20, -20])
        expect(new Set(refunds.map((r: any) => r.source_ref)).size).toBe(2)
        expect(after.amount_refunded).toBe(40)
        expect(after.amount_paid).toBe(invoice.total)
        expect(after.balance).toBe(40)
        expect(after.payment_status).toBe("partially_paid")
      })

      it("issues an invoice with an empty ledger for an order without payments", async () => {
        const order = await createLegacyOrder(getContainer(), t)
        const res = await api.post(
          `/admin/orders/${order.id}/invoices`,
          {},
          t.admin
        )

        expect(res.data.invoice.payments).toEqual([])
      })
    })

    describe("POST /admin/invoices/:id/payments", () => {
      it("moves from partially paid to paid, then overpaid only when allowed", async () => {
        const { invoice } = await placeOrder(1)
        const total = invoice.total

        const part = await pay(invoice.id, {
          amount: 10,
          method: "bank_transfer",
          reference: "Statement 2026-12 line 4",
        })
        expect(part.status).toBe(201)
        expect(part.data.invoice).toEqual(
          expect.objectContaining({
            payment_status: "partially_paid",
            display_status: "partially_paid",
            amount_paid: 10,
          })
        )

        const rest = Math.round((total - 10) * 100) / 100
        const over = await pay(invoice.id, { amount: rest + 1, method: "cash" })
        expect(over.status).toBe(400)
        expect(over.data.message).toContain("exceeds the balance")

        const full = await pay(invoice.id, { amount: rest, method: "cash" })
        expect(full.data.invoice.payment_status).toBe("paid")
        expect(full.data.invoice.balance).toBe(0)

        const extra = await pay(invoice.id, {
          amount: "5.00",
          method: "cash",
          allow_overpayment: true,
        })
        expect(extra.data.invoice.payment_status).toBe("overpaid")
        expect(extra.data.invoice.display_status).toBe("paid")
      })

      it("replays an Idempotency-Key with the same body and refuses another body", async () => {
        const { invoice } = await placeOrder(1)
        const key = { "idempotency-key": "bank-line-42" }

        const first = await pay(invoice.id, { amount: 5, method: "cash" }, key)
        const replay = await pay(invoice.id, { amount: 5, method: "cash" }, key)
        const other = await pay(invoice.id, { amount: 6, method: "cash" }, key)
        const after = await invoiceNow(invoice.id)

        expect(first.status).toBe(201)
        expect(replay.status).toBe(201)
        expect(replay.data.payment_id).toBe(first.data.payment_id)
        expect(other.status).toBe(409)
        expect(other.data.message).toBe(
          "Idempotency-Key bank-line-42 was already used with a different request."
        )
        expect(after.payments).toHaveLength(1)
        expect(after.amount_paid).toBe(5)
      })

      it("loses no update when payments arrive at the same moment", async () => {
        const { invoice } = await placeOrder(3)

        const results = await Promise.all(
          Array.from({ length: 8 }, () =>
            pay(invoice.id, { amount: "1.00", method: "cash" })
          )
        )
        const after = await invoiceNow(invoice.id)

        expect(results.map((r) => r.status)).toEqual(Array(8).fill(201))
        expect(after.payments).toHaveLength(8)
        expect(after.amount_paid).toBe(8)
      })

      it("reverses an entry once, keeping the original", async () => {
        const { invoice } = await placeOrder(1)
        const paid = await pay(invoice.id, { amount: 10, method: "check" })
        const path = `/admin/invoices/${invoice.id}/payments/${paid.data.payment_id}/reverse`

        const reversed = await api.post(path, { reason: "Bounced" }, t.admin)
        const again = await api
          .post(path, { reason: "Twice" }, t.admin)
          .catch((e: any) => e.response)

        expect(reversed.data.invoice.amount_paid).toBe(0)
        expect(reversed.data.invoice.payment_status).toBe("unpaid")
        expect(reversed.data.invoice.payments).toHaveLength(2)
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("was already reversed")
      })

      it.each([
        [{ amount: 0, method: "cash" }, "amount must be greater than 0"],
        [{ amount: -3, method: "cash" }, "amount must be greater than 0"],
        [{ amount: "ten", method: "cash" }, "amount"],
        [{ amount: 1.001, method: "cash" }, "more decimals than EUR allows"],
        [{ amount: 1, method: "crypto" }, "method"],
        [{ amount: 1 }, "method"],
        [
          { amount: 1, method: "cash", occurred_at: "2999-01-01T00:00:00Z" },
          "occurred_at must not be in the future",
        ],
        [{ amount: 1, method: "cash", colour: "red" }, "colour"],
      ])("answers 400 for %j and records nothing", async (body, message) => {
        const { invoice } = await placeOrder(1)

        const res = await pay(invoice.id, body)
        const after = await invoiceNow(invoice.id)

        expect(res.status).toBe(400)
        expect(res.data.message).toContain(message)
        expect(after.payments).toEqual([])
      })

      it("answers 404 for an unknown invoice", async () => {
        const res = await pay("inv_missing", { amount: 1, method: "cash" })

        expect(res.status).toBe(404)
        expect(res.data.message).toBe(
          "Invoice with id: inv_missing was not found."
        )
      })
    })

    it("lists invoices by payment status, overdue, dates and balance", async () => {
      const { invoice } = await placeOrder(1)
      await pay(invoice.id, { amount: 5, method: "cash" })
      const get = (qs: string) =>
        api.get(`/admin/invoices?${qs}`, t.admin).then((r: any) => r.data)

      expect((await get("payment_status=partially_paid")).count).toBe(1)
      expect((await get("payment_status=paid")).count).toBe(0)
      expect((await get("overdue=true")).count).toBe(0)
      expect((await get("overdue=false")).count).toBe(1)
      expect((await get(`due_after=${invoice.issue_date}`)).count).toBe(1)
      expect((await get(`due_before=${invoice.due_date}`)).count).toBe(0)
      expect((await get(`issued_before=${invoice.issue_date}`)).count).toBe(0)
      expect((await get("order=-balance")).invoices[0].id).toBe(invoice.id)

      const bad = await api
        .get("/admin/invoices?due_before=tomorrow", t.admin)
        .catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("due_before")
    })

    it("shows shoppers their ledger without notes, references or actors", async () => {
      const { invoice } = await placeOrder(1)
      await pay(invoice.id, {
        amount: 5,
        method: "bank_transfer",
        reference: "internal-ref-77",
        note: "internal note",
      })

      const res = await t.client.request(
        "GET",
        `/store/customers/me/invoices/${invoice.id}`,
        { token }
      )

      expect(res.body.invoice.amount_paid).toBe(5)
      expect(res.body.invoice.payments).toEqual([
        expect.objectContaining({ kind: "payment", amount: 5 }),
      ])
      const body = JSON.stringify(res.body)
      expect(body).not.toContain("internal-ref-77")
      expect(body).not.toContain("internal note")
      expect(res.body.invoice.payments[0]).not.toHaveProperty("actor_id")
    })
  },
})
