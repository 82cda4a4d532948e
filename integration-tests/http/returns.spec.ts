import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  setupTestStore,
  TestStore,
  waitForInvoices,
} from "../fixtures/invoicing"
import { invoiceFlows } from "../fixtures/flows"

jest.setTimeout(240 * 1000)

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
    const sleep = (ms: number) =>
      new Promise((resolve) => setTimeout(resolve, ms))
    /** The admin request; a failure fails the test with Medusa's answer. */
    const adminPost = async (path: string, body: object = {}) => {
      const res = await api
        .post(path, body, t.admin)
        .catch((e: any) => e.response)
      if (res.status >= 300) {
        throw new Error(
          `POST ${path} answered ${res.status}: ${JSON.stringify(res.data)}`
        )
      }

      return res.data
    }
    const orderItems = async (orderId: string) => {
      const res = await api.get(
        `/admin/orders/${orderId}?fields=id,*items,items.detail.*`,
        t.admin
      )

      return res.data.order.items as any[]
    }
    const orderSummary = async (orderId: string) => {
      const res = await api.get(
        `/admin/orders/${orderId}?fields=id,summary`,
        t.admin
      )

      return res.data.order.summary
    }
    const fulfillAll = async (orderId: string) => {
      const items = await orderItems(orderId)
      await adminPost(`/admin/orders/${orderId}/fulfillments`, {
        location_id: t.store.stock_location_id,
        items: items.map((i) => ({ id: i.id, quantity: i.quantity })),
      })
    }
    /** Receives what a requested return expects, the way the admin does. */
    const receiveReturn = async (
      returnId: string,
      items: { id: string; quantity: number }[]
    ) => {
      await adminPost(`/admin/returns/${returnId}/receive`, {})
      await adminPost(`/admin/returns/${returnId}/receive-items`, { items })

      return adminPost(`/admin/returns/${returnId}/receive/confirm`, {})
    }
    /** A return shipping option of the seeded zone, at a flat EUR price. */
    const createReturnShippingOption = async (amount: number) => {
      const res = await api.get(
        `/admin/shipping-options/${t.store.shipping_option_id}?fields=id,service_zone_id,shipping_profile_id,provider_id`,
        t.admin
      )
      const outbound = res.data.shipping_option
      const created = await adminPost("/admin/shipping-options", {
        name: "Return Shipping",
        service_zone_id: outbound.service_zone_id,
        shipping_profile_id: outbound.shipping_profile_id,
        provider_id: outbound.provider_id,
        price_type: "flat",
        type: { label: "Return", code: "return" },
        prices: [{ currency_code: "eur", amount }],
        rules: [
          { attribute: "is_return", operator: "eq", value: "true" },
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
        ],
      })

      return created.shipping_option.id as string
    }
    const creditNotesOf = async (orderId: string) =>
      (
        await api.get(
          `/admin/invoices?order_id=${orderId}&kind=credit_note`,
          t.admin
        )
      ).data.invoices

    describe("return received", () => {
      it("credits the returned unit after payment, then matches the refund", async () => {
        const { order, invoice } = await placeOrder()
        const payment = await capture(order.id, invoice.id)
        const shirts = invoice.lines.find((l: any) => l.line_type === "item")
        expect(shirts.quantity).toBe(3)
        await fulfillAll(order.id)

        const begun = await adminPost("/admin/returns", {
          order_id: order.id,
          location_id: t.store.stock_location_id,
        })
        const returnId = begun.return.id
        await adminPost(`/admin/returns/${returnId}/request-items`, {
          items: [{ id: shirts.source_id, quantity: 1 }],
        })
        await adminPost(`/admin/returns/${returnId}/request`, {})

        // Requested is not received: nothing is credited yet.
        await sleep(1500)
        expect((await invoiceNow(invoice.id)).credit_notes).toEqual([])

        const received = await receiveReturn(returnId, [
          { id: shirts.source_id, quantity: 1 },
        ])
        expect(received.return.status).toBe("received")

        const overpaid = await until(
          () => invoiceNow(invoice.id),
          (i) => i.credit_notes.length > 0
        )
        expect(overpaid.credit_notes).toHaveLength(1)
        const [note] = overpaid.credit_notes
        // One shirt: 20.00 net plus 19 % VAT.
        expect(note).toEqual(
          expect.objectContaining({
            kind: "credit_note",
            origin: "order_change",
            reason: "Return received",
            corrects_invoice_id: invoice.id,
            total: 23.8,
            tax_total: 3.8,
          })
        )
        expect(note.number).toMatch(/^CN-\d{4}-00001$/)
        expect(note.lines).toEqual([
          expect.objectContaining({
            corrects_line_id: shirts.id,
            quantity: 1,
            total: 23.8,
          }),
        ])
        expect(overpaid).toEqual(
          expect.objectContaining({
            number: invoice.number,
            status: "issued",
            payment_status: "overpaid",
            amount_paid: invoice.total,
            amount_credited: 23.8,
            lines: invoice.lines,
            total: invoice.total,
            // Never below zero: the surplus shows in the amounts.
            balance: 0,
          })
        )
        // Paid minus what is still billed is what Medusa owes the shopper.
        const surplus =
          cents(overpaid.amount_paid) -
          cents(overpaid.total) +
          cents(overpaid.amount_credited)
        expect(surplus).toBe(2380)
        expect(cents((await orderSummary(order.id)).pending_difference)).toBe(
          -surplus
        )
        expect((await billingOf(order.id)).billing).toEqual(
          expect.objectContaining({ display_status: "paid", balance: "0.00" })
        )

        // The same event again (a redelivery) issues nothing twice.
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({
            name: "order.return_received",
            data: { order_id: order.id, return_id: returnId },
          })
        await sleep(3000)
        expect(await creditNotesOf(order.id)).toHaveLength(1)
        expect((await invoiceNow(invoice.id)).credit_notes).toHaveLength(1)

        await adminPost(`/admin/payments/${payment.id}/refund`, {
          amount: note.total,
        })
        const settled = await until(
          () => invoiceNow(invoice.id),
          (i) => i.payment_status === "paid"
        )
        expect(settled).toEqual(
          expect.objectContaining({
            status: "issued",
            payment_status: "paid",
            display_status: "paid",
            amount_paid: invoice.total,
            amount_refunded: 23.8,
            amount_credited: 23.8,
            balance: 0,
          })
        )
        expect(settled.payments.map((p: any) => p.kind).sort()).toEqual([
          "payment",
          "refund",
        ])
        expect((await billingOf(order.id)).billing).toEqual(
          expect.objectContaining({ display_status: "paid", balance: "0.00" })
        )
        expect(await creditNotesOf(order.id)).toHaveLength(1)
      })
    })

    describe("return shipping", () => {
      it("bills the return shipping Medusa charges, so the billing matches Medusa's refund", async () => {
        const { order, invoice } = await placeOrder()
        const payment = await capture(order.id, invoice.id)
        const shirts = invoice.lines.find((l: any) => l.line_type === "item")
        await fulfillAll(order.id)
        const returnOption = await createReturnShippingOption(4.9)

        const begun = await adminPost("/admin/returns", {
          order_id: order.id,
          location_id: t.store.stock_location_id,
        })
        const returnId = begun.return.id
        await adminPost(`/admin/returns/${returnId}/request-items`, {
          items: [{ id: shirts.source_id, quantity: 1 }],
        })
        await adminPost(`/admin/returns/${returnId}/shipping-method`, {
          shipping_option_id: returnOption,
        })
        await adminPost(`/admin/returns/${returnId}/request`, {})
        await receiveReturn(returnId, [{ id: shirts.source_id, quantity: 1 }])

        const documents = await waitForInvoices(api, t.admin, order.id, 3)
        expect(
          documents.map((d: any) => [d.kind, d.origin, d.reason, d.total])
        ).toEqual(
          expect.arrayContaining([
            ["credit_note", "order_change", "Return received", 23.8],
            // The return shipping: 4.90 net plus 19 % VAT.
            ["invoice", "order_change", "Return received", 5.83],
          ])
        )
        expect(documents).toHaveLength(3)
        const shippingInvoice = await invoiceNow(
          documents.find(
            (d: any) => d.kind === "invoice" && d.id !== invoice.id
          ).id
        )
        expect(shippingInvoice.lines).toEqual([
          expect.objectContaining({
            line_type: "shipping",
            quantity: 1,
            unit_price: 4.9,
            tax_total: 0.93,
            total: 5.83,
          }),
        ])

        // Medusa owes the shopper 23.80 − 5.83 = 17.97; so does the billing.
        const owed = -cents((await orderSummary(order.id)).pending_difference)
        expect(owed).toBe(1797)
        const { billing } = await billingOf(order.id)
        expect(
          cents(billing.amount_received) +
            cents(billing.amount_credited) -
            cents(billing.total)
        ).toBe(owed)

        await adminPost(`/admin/payments/${payment.id}/refund`, {
          amount: owed / 100,
        })
        const settled = await until(
          () => billingOf(order.id),
          (b) =>
            cents(b.billing.amount_received) === cents(invoice.total) - owed
        )
        expect(settled.billing).toEqual(
          expect.objectContaining({
            display_status: "paid",
            balance: "0.00",
            total: ((cents(invoice.total) + 583) / 100).toFixed(2),
            amount_credited: "23.80",
          })
        )
      })
    })

    describe("exchange", () => {
      it("bills the added mug at confirmation and credits the shirt once received", async () => {
        const { order, invoice } = await placeOrder()
        const payment = await capture(order.id, invoice.id)
        const shirts = invoice.lines.find((l: any) => l.line_type === "item")
        await fulfillAll(order.id)

        const begun = await adminPost("/admin/exchanges", {
          order_id: order.id,
        })
        const exchangeId = begun.exchange.id
        await adminPost(`/admin/exchanges/${exchangeId}/inbound/items`, {
          location_id: t.store.stock_location_id,
          items: [{ id: shirts.source_id, quantity: 1 }],
        })
        await adminPost(`/admin/exchanges/${exchangeId}/outbound/items`, {
          items: [{ variant_id: t.store.variants.mug, quantity: 1 }],
        })
        const confirmed = await adminPost(
          `/admin/exchanges/${exchangeId}/request`,
          {}
        )
        const returnId = confirmed.return.id

        // Confirmed: the mug is the order's now and is billed on a new
        // invoice; the shirt is still on its way back, so it stays billed.
        // Medusa asks for the mug now too.
        const documents = await waitForInvoices(api, t.admin, order.id, 2)
        const added = documents.find((d: any) => d.id !== invoice.id)
        const mugInvoice = await invoiceNow(added.id)
        expect(mugInvoice).toEqual(
          expect.objectContaining({
            kind: "invoice",
            origin: "order_change",
            reason: "Exchange created",
            order_id: order.id,
            // 9.90 net plus 19 % VAT.
            total: 11.78,
            tax_total: 1.88,
            balance: 11.78,
            display_status: "invoiced",
          })
        )
        expect(mugInvoice.number).toMatch(/^INV-\d{4}-00002$/)
        expect(mugInvoice.lines).toEqual([
          expect.objectContaining({
            line_type: "item",
            variant_id: t.store.variants.mug,
            quantity: 1,
            total: 11.78,
          }),
        ])
        expect(await creditNotesOf(order.id)).toEqual([])
        expect(await invoiceNow(invoice.id)).toEqual(
          expect.objectContaining({
            total: invoice.total,
            lines: invoice.lines,
            payment_status: "paid",
            amount_credited: 0,
          })
        )
        expect((await billingOf(order.id)).billing).toEqual(
          expect.objectContaining({
            display_status: "partially_paid",
            balance: "11.78",
          })
        )
        expect(cents((await orderSummary(order.id)).pending_difference)).toBe(
          1178
        )

        await receiveReturn(returnId, [{ id: shirts.source_id, quantity: 1 }])
        const credited = await until(
          () => invoiceNow(invoice.id),
          (i) => i.credit_notes.length > 0
        )
        expect(credited.credit_notes).toHaveLength(1)
        expect(credited.credit_notes[0]).toEqual(
          expect.objectContaining({
            origin: "order_change",
            reason: "Return received",
            corrects_invoice_id: invoice.id,
            total: 23.8,
          })
        )
        expect(credited.credit_notes[0].lines).toEqual([
          expect.objectContaining({ corrects_line_id: shirts.id, quantity: 1 }),
        ])

        // The order owes the shopper 23.80 − 11.78 = 12.02, in Medusa and
        // in the order's billing alike.
        expect(cents((await orderSummary(order.id)).pending_difference)).toBe(
          -1202
        )
        const { billing } = await billingOf(order.id)
        expect(
          cents(billing.total) -
            cents(billing.amount_credited) -
            cents(billing.amount_received)
        ).toBe(-1202)
        expect(billing).toEqual(
          expect.objectContaining({ display_status: "paid", balance: "0.00" })
        )

        // Redelivered events issue nothing twice.
        const events = getContainer().resolve(Modules.EVENT_BUS)
        await events.emit({
          name: "order.exchange_created",
          data: { order_id: order.id, exchange_id: exchangeId },
        })
        await events.emit({
          name: "order.return_received",
          data: { order_id: order.id, return_id: returnId },
        })
        await sleep(3000)
        const all = await api.get(
          `/admin/invoices?order_id=${order.id}`,
          t.admin
        )
        expect(all.data.invoices).toHaveLength(3)
        expect(
          all.data.invoices
            .map((d: any) => d.id)
            .filter((id: string) => ![invoice.id, added.id].includes(id))
        ).toEqual([credited.credit_notes[0].id])

        // Medusa refunds the difference; the order is settled.
        await adminPost(`/admin/payments/${payment.id}/refund`, {
          amount: 12.02,
        })
        const settled = await until(
          () => billingOf(order.id),
          (b) => cents(b.billing.amount_received) < cents(invoice.total)
        )
        expect(settled.billing).toEqual(
          expect.objectContaining({
            display_status: "paid",
            balance: "0.00",
            amount_received: ((cents(invoice.total) - 1202) / 100).toFixed(2),
          })
        )
      })
    })
  },
})
