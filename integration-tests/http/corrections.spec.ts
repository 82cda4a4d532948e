import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  setupTestStore,
  TestStore,
  waitForInvoices,
} from "../fixtures/invoicing"
import { invoiceFlows } from "../fixtures/flows"

jest.setTimeout(180 * 1000)

const cents = (value: number | string) => Math.round(Number(value) * 100)

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

    const { placeOrder, invoiceNow, until, billingOf, capture } = invoiceFlows(
      api,
      () => t,
      () => token
    )
    const post = (path: string, body: object) =>
      api.post(path, body, t.admin).catch((e: any) => e.response)
    const editOrder = async (
      orderId: string,
      change: (orderId: string) => Promise<unknown>
    ) => {
      await api.post("/admin/order-edits", { order_id: orderId }, t.admin)
      await change(orderId)
      await api.post(`/admin/order-edits/${orderId}/confirm`, {}, t.admin)
    }

    describe("cancellation", () => {
      it("credits an unpaid invoice in full with a credit note", async () => {
        const { order, invoice } = await placeOrder()

        await api.post(`/admin/orders/${order.id}/cancel`, {}, t.admin)
        const credited = await until(
          () => invoiceNow(invoice.id),
          (i) => i.status === "credited"
        )

        expect(credited).toEqual(
          expect.objectContaining({
            number: invoice.number,
            status: "credited",
            display_status: "credited",
            amount_credited: invoice.total,
            balance: 0,
            lines: invoice.lines,
            tax_rows: invoice.tax_rows,
          })
        )
        expect(credited.credit_notes).toHaveLength(1)
        const [note] = credited.credit_notes
        expect(note).toEqual(
          expect.objectContaining({
            kind: "credit_note",
            origin: "cancellation",
            corrects_invoice_id: invoice.id,
            reason: "Order canceled",
            total: invoice.total,
            tax_total: invoice.tax_total,
          })
        )
        expect(note.number).toMatch(/^CN-\d{4}-00001$/)
        expect(note.lines.map((l: any) => l.corrects_line_id).sort()).toEqual(
          invoice.lines.map((l: any) => l.id).sort()
        )
        expect(note.tax_rows).toEqual([
          expect.objectContaining({
            rate: 19,
            tax_amount: invoice.tax_rows[0].tax_amount,
          }),
        ])

        const trail = credited.audit_trail
        expect(trail).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ action: "issued", actor_type: "system" }),
            expect.objectContaining({
              action: "updated",
              reason: `credit_note_issued: ${note.number}`,
              before: expect.objectContaining({ status: "issued" }),
              after: expect.objectContaining({ status: "credited" }),
            }),
          ])
        )
        expect((await billingOf(order.id)).billing.display_status).toBe(
          "credited"
        )
      })

      it("after payment, keeps the payment and matches Medusa's refund", async () => {
        const { order, invoice } = await placeOrder()
        await capture(order.id, invoice.id)

        await api.post(`/admin/orders/${order.id}/cancel`, {}, t.admin)
        const settled = await until(
          () => invoiceNow(invoice.id),
          (i) => i.status === "credited" && Number(i.amount_refunded) > 0
        )

        expect(settled).toEqual(
          expect.objectContaining({
            status: "credited",
            display_status: "credited",
            amount_paid: invoice.total,
            amount_refunded: invoice.total,
            amount_credited: invoice.total,
            balance: 0,
          })
        )
        expect(settled.payments.map((p: any) => p.kind).sort()).toEqual([
          "payment",
          "refund",
        ])
      })
    })

    describe("order edits", () => {
      it("bills an item added after payment on a new invoice (C-09)", async () => {
        // Prices include VAT, so the 20.00 added is what the shopper owes.
        const prefs = await api.get(
          "/admin/price-preferences?attribute=currency_code&value=eur",
          t.admin
        )
        await api.post(
          `/admin/price-preferences/${prefs.data.price_preferences[0].id}`,
          { is_tax_inclusive: true },
          t.admin
        )
        const { order, invoice } = await placeOrder([
          { variant_id: t.store.variants.tshirt, quantity: 5 },
        ])
        await capture(order.id, invoice.id)

        await editOrder(order.id, (id) =>
          api.post(
            `/admin/order-edits/${id}/items`,
            {
              // One more shirt at its price of 20.00, VAT included.
              items: [{ variant_id: t.store.variants.tshirt, quantity: 1 }],
            },
            t.admin
          )
        )
        const documents = await waitForInvoices(api, t.admin, order.id, 2)
        const added = documents.find((d: any) => d.id !== invoice.id)

        expect(await invoiceNow(invoice.id)).toEqual(
          expect.objectContaining({
            number: invoice.number,
            total: invoice.total,
            lines: invoice.lines,
            display_status: "paid",
          })
        )
        expect(added).toEqual(
          expect.objectContaining({
            kind: "invoice",
            origin: "order_change",
            order_id: order.id,
            total: 20,
            balance: 20,
            display_status: "invoiced",
          })
        )
        const { billing } = await billingOf(order.id)
        expect(billing).toEqual(
          expect.objectContaining({
            display_status: "partially_paid",
            balance: "20.00",
          })
        )

        // The admin collects the difference through Medusa.
        const res = await api.get(
          `/admin/orders/${order.id}?fields=id,*payment_collections`,
          t.admin
        )
        const open = res.data.order.payment_collections.find(
          (pc: any) => pc.status === "not_paid"
        )
        await api.post(
          `/admin/payment-collections/${open.id}/mark-as-paid`,
          { order_id: order.id },
          t.admin
        )
        const paid = await until(
          () => invoiceNow(added.id),
          (i) => i.payment_status === "paid"
        )
        expect(paid.amount_paid).toBe(20)
        expect(await invoiceNow(invoice.id)).toEqual(
          expect.objectContaining({ payment_status: "paid", balance: 0 })
        )
        expect((await billingOf(order.id)).billing.display_status).toBe("paid")
      })

      it("credits an item removed after payment, then matches the refund", async () => {
        const { order, invoice } = await placeOrder([
          { variant_id: t.store.variants.tshirt, quantity: 2 },
          { variant_id: t.store.variants.mug, quantity: 1 },
        ])
        const payment = await capture(order.id, invoice.id)
        const mugLine = invoice.lines.find(
          (l: any) => l.variant_id === t.store.variants.mug
        )

        await editOrder(order.id, (id) =>
          api.post(
            `/admin/order-edits/${id}/items/item/${mugLine.source_id}`,
            { quantity: 0 },
            t.admin
          )
        )
        const overpaid = await until(
          () => invoiceNow(invoice.id),
          (i) => i.credit_notes.length === 1
        )

        expect(overpaid.credit_notes[0]).toEqual(
          expect.objectContaining({
            origin: "order_change",
            reason: "Order edit confirmed",
            total: mugLine.total,
          })
        )
        expect(overpaid).toEqual(
          expect.objectContaining({
            status: "issued",
            payment_status: "overpaid",
            amount_credited: mugLine.total,
          })
        )

        await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: mugLine.total },
          t.admin
        )
        const settled = await until(
          () => invoiceNow(invoice.id),
          (i) => i.payment_status === "paid"
        )
        expect(settled.balance).toBe(0)
        expect(settled.amount_refunded).toBe(mugLine.total)
      })
      it("moves the surplus of a swap of equal value to the new invoice", async () => {
        const { order, invoice } = await placeOrder([
          { variant_id: t.store.variants.tshirt, quantity: 2 },
        ])
        await capture(order.id, invoice.id)
        const shirts = invoice.lines.find((l: any) => l.line_type === "item")

        await editOrder(order.id, async (id) => {
          await api.post(
            `/admin/order-edits/${id}/items/item/${shirts.source_id}`,
            { quantity: 1 },
            t.admin
          )
          await api.post(
            `/admin/order-edits/${id}/items`,
            { items: [{ variant_id: t.store.variants.tshirt, quantity: 1 }] },
            t.admin
          )
        })
        const documents = await waitForInvoices(api, t.admin, order.id, 3)
        const added = documents.find(
          (d: any) => d.kind === "invoice" && d.id !== invoice.id
        )
        const settled = await until(
          () => invoiceNow(added.id),
          (i) => i.payment_status === "paid"
        )

        expect(settled.payments).toEqual([
          expect.objectContaining({
            kind: "transfer",
            amount: 23.8,
            reference: invoice.number,
          }),
        ])
        const first = await invoiceNow(invoice.id)
        expect(first).toEqual(
          expect.objectContaining({
            payment_status: "paid",
            amount_credited: 23.8,
            balance: 0,
          })
        )
        expect(first.payments.map((p: any) => [p.kind, p.amount])).toEqual(
          expect.arrayContaining([["transfer", -23.8]])
        )
        expect((await billingOf(order.id)).billing).toEqual(
          expect.objectContaining({ display_status: "paid", balance: "0.00" })
        )
      })
    })

    describe("POST /admin/invoices/:id/credit-notes", () => {
      it("credits whole units, then an amount, never more than remains", async () => {
        const { invoice } = await placeOrder()
        const shirts = invoice.lines.find((l: any) => l.line_type === "item")

        const byLine = await post(
          `/admin/invoices/${invoice.id}/credit-notes`,
          {
            lines: [{ line_id: shirts.id, quantity: 1 }],
            reason: "One shirt arrived torn",
          }
        )
        expect(byLine.status).toBe(201)
        expect(byLine.data.credit_note).toEqual(
          expect.objectContaining({
            kind: "credit_note",
            origin: "manual",
            reason: "One shirt arrived torn",
            total: 23.8,
            tax_total: 3.8,
          })
        )

        const byAmount = await post(
          `/admin/invoices/${invoice.id}/credit-notes`,
          { amount: "5.00", reason: "Goodwill" }
        )
        expect(byAmount.status).toBe(201)
        expect(byAmount.data.credit_note.total).toBe(5)
        expect(byAmount.data.credit_note.number).toMatch(/-00002$/)

        const after = await invoiceNow(invoice.id)
        expect(cents(after.amount_credited)).toBe(2880)
        expect(cents(after.balance)).toBe(cents(invoice.total) - 2880)
        expect(after.credit_notes).toHaveLength(2)
        const audit = after.audit_trail.find(
          (a: any) =>
            a.reason === `credit_note_issued: ${byLine.data.credit_note.number}`
        )
        expect(audit).toEqual(
          expect.objectContaining({
            actor_type: "user",
            actor_id: expect.stringMatching(/^user_/),
          })
        )

        const rest = cents(invoice.total) - 2880
        const tooMuch = await post(
          `/admin/invoices/${invoice.id}/credit-notes`,
          { amount: ((rest + 1) / 100).toFixed(2), reason: "Too much" }
        )
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toContain("amount")

        const all = await post(`/admin/invoices/${invoice.id}/credit-notes`, {
          amount: (rest / 100).toFixed(2),
          reason: "Rest",
        })
        expect(all.status).toBe(201)
        const credited = await invoiceNow(invoice.id)
        expect(credited).toEqual(
          expect.objectContaining({
            status: "credited",
            display_status: "credited",
            balance: 0,
          })
        )
        const more = await post(`/admin/invoices/${invoice.id}/credit-notes`, {
          amount: "1",
          reason: "Again",
        })
        expect(more.status).toBe(400)
        expect(more.data.message).toContain("credited")
      })

      it("answers 400 naming the rule for bad requests, and changes nothing", async () => {
        const { invoice } = await placeOrder()
        const shirts = invoice.lines.find((l: any) => l.line_type === "item")
        const url = `/admin/invoices/${invoice.id}/credit-notes`

        const cases: [object, string][] = [
          [{ reason: "x" }, "lines"],
          [
            {
              lines: [{ line_id: shirts.id, quantity: 1 }],
              amount: "1",
              reason: "x",
            },
            "lines",
          ],
          [{ amount: "1" }, "reason"],
          [{ amount: "-1", reason: "x" }, "amount"],
          [{ amount: "1.234", reason: "x" }, "amount"],
          [
            { lines: [{ line_id: shirts.id, quantity: 4 }], reason: "x" },
            "lines[0].quantity",
          ],
          [
            { lines: [{ line_id: shirts.id, quantity: 1.5 }], reason: "x" },
            "quantity",
          ],
          [
            { lines: [{ line_id: "invl_nope", quantity: 1 }], reason: "x" },
            "lines[0].line_id",
          ],
          [{ amount: "1", reason: "x", extra: true }, "extra"],
        ]
        for (const [body, field] of cases) {
          const res = await post(url, body)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toContain(field)
        }

        const unknown = await post("/admin/invoices/inv_nope/credit-notes", {
          amount: "1",
          reason: "x",
        })
        expect(unknown.status).toBe(404)

        const after = await invoiceNow(invoice.id)
        expect(after.credit_notes).toEqual([])
        expect(after.amount_credited).toBe(0)

        // The series is untouched: the next credit note is number 1.
        const ok = await post(url, { amount: "1", reason: "x" })
        expect(ok.data.credit_note.number).toMatch(/-00001$/)
        const onNote = await post(
          `/admin/invoices/${ok.data.credit_note.id}/credit-notes`,
          { amount: "1", reason: "x" }
        )
        expect(onNote.status).toBe(400)
        expect(onNote.data.message).toContain("credit note")
        const payOnNote = await post(
          `/admin/invoices/${ok.data.credit_note.id}/payments`,
          { amount: "1", method: "cash" }
        )
        expect(payOnNote.status).toBe(400)
      })
    })

    describe("corrections around manual documents", () => {
      it("cancels an order whose invoice a manual credit note settled, and syncs Medusa's refund", async () => {
        const { order, invoice } = await placeOrder()
        await capture(order.id, invoice.id)
        const full = await post(`/admin/invoices/${invoice.id}/credit-notes`, {
          amount: invoice.total,
          reason: "Refund agreed by phone",
        })
        expect(full.status).toBe(201)

        await api.post(`/admin/orders/${order.id}/cancel`, {}, t.admin)
        const after = await until(
          () => invoiceNow(invoice.id),
          (i) => Number(i.amount_refunded) > 0
        )

        expect(after).toEqual(
          expect.objectContaining({
            status: "credited",
            amount_refunded: invoice.total,
            payment_status: "paid",
          })
        )
        expect(after.credit_notes).toHaveLength(1)
      })

      it("never bills again the units a manual credit note took", async () => {
        const { order, invoice } = await placeOrder([
          { variant_id: t.store.variants.tshirt, quantity: 2 },
          { variant_id: t.store.variants.mug, quantity: 1 },
        ])
        const mug = invoice.lines.find(
          (l: any) => l.variant_id === t.store.variants.mug
        )
        await post(`/admin/invoices/${invoice.id}/credit-notes`, {
          lines: [{ line_id: mug.id, quantity: 1 }],
          reason: "Goodwill: chipped",
        })

        await editOrder(order.id, (id) =>
          api.post(
            `/admin/order-edits/${id}/items`,
            { items: [{ variant_id: t.store.variants.tote, quantity: 1 }] },
            t.admin
          )
        )
        const documents = await waitForInvoices(api, t.admin, order.id, 3)
        const added = documents.find(
          (d: any) => d.kind === "invoice" && d.id !== invoice.id
        )
        const detail = await invoiceNow(added.id)

        expect(detail.lines.map((l: any) => l.variant_id)).toEqual([
          t.store.variants.tote,
        ])
      })

      it("records a refund made outside Medusa, at most what was received", async () => {
        const { order, invoice } = await placeOrder()
        await post(`/admin/invoices/${invoice.id}/payments`, {
          amount: "40.00",
          method: "bank_transfer",
          reference: "SEPA-123",
        })
        await api.post(`/admin/orders/${order.id}/cancel`, {}, t.admin)
        await until(
          () => invoiceNow(invoice.id),
          (i) => i.status === "credited"
        )
        expect((await billingOf(order.id)).billing).toEqual(
          expect.objectContaining({ refund_due: "40.00" })
        )

        const tooMuch = await post(`/admin/invoices/${invoice.id}/refunds`, {
          amount: "40.01",
          method: "bank_transfer",
        })
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toContain("received")

        const refund = await post(`/admin/invoices/${invoice.id}/refunds`, {
          amount: "40.00",
          method: "bank_transfer",
          reference: "SEPA-back-77",
        })
        expect(refund.status).toBe(201)
        expect(refund.data.invoice).toEqual(
          expect.objectContaining({
            amount_paid: 40,
            amount_refunded: 40,
            payment_status: "paid",
            balance: 0,
          })
        )
        expect((await billingOf(order.id)).billing).toEqual(
          expect.objectContaining({ refund_due: "0.00" })
        )
      })

      it("reverses a Medusa capture held with more decimals than the currency", async () => {
        const { order, invoice } = await placeOrder()
        await capture(order.id, invoice.id)
        const entry = (await invoiceNow(invoice.id)).payments[0]

        const res = await post(
          `/admin/invoices/${invoice.id}/payments/${entry.id}/reverse`,
          { reason: "Chargeback" }
        )

        expect(res.status).toBe(201)
        expect(res.data.invoice).toEqual(
          expect.objectContaining({
            amount_paid: 0,
            payment_status: "unpaid",
          })
        )
      })
    })

    describe("void", () => {
      it("is refused while the allow_void option is off", async () => {
        const { invoice } = await placeOrder()
        const res = await post(`/admin/invoices/${invoice.id}/void`, {})

        expect(res.status).toBe(400)
        expect(res.data.message).toContain("allow_void")
        expect((await invoiceNow(invoice.id)).status).toBe("issued")
      })
    })

    describe("payment terms per customer group", () => {
      it("uses the group's payment_terms_days for the due date", async () => {
        const me = await t.client.request("GET", "/store/customers/me", {
          token,
        })
        const group = await api.post(
          "/admin/customer-groups",
          { name: "Wholesale", metadata: { payment_terms_days: 30 } },
          t.admin
        )
        await api.post(
          `/admin/customer-groups/${group.data.customer_group.id}/customers`,
          { add: [me.body.customer.id] },
          t.admin
        )

        const { invoice } = await placeOrder()

        expect(invoice.payment_terms_days).toBe(30)
        const days =
          (Date.parse(invoice.due_date) - Date.parse(invoice.issue_date)) /
          86_400_000
        expect(days).toBe(30)
      })
    })

    describe("GET /store/customers/me/orders/:id/billing", () => {
      it("shows the shopper their order's billing, and no one else's", async () => {
        const { order, invoice } = await placeOrder()

        const mine = await t.client.request(
          "GET",
          `/store/customers/me/orders/${order.id}/billing`,
          { token }
        )
        expect(mine.status).toBe(200)
        expect(mine.body.billing).toEqual(
          expect.objectContaining({
            display_status: "invoiced",
            balance: invoice.total.toFixed(2),
          })
        )
        expect(mine.body.invoices[0]).not.toHaveProperty("metadata")

        const other = await t.client.registerCustomer({
          email: "max@example.com",
          password: "secret-password",
        })
        const theirs = await t.client.request(
          "GET",
          `/store/customers/me/orders/${order.id}/billing`,
          { token: other }
        )
        expect(theirs.status).toBe(404)
        const anonymous = await t.client.request(
          "GET",
          `/store/customers/me/orders/${order.id}/billing`
        )
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
