import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createLegacyOrder as createOrderFixture,
  GERMAN_ADDRESS,
  setupTestStore,
  TestStore,
  waitForInvoice,
} from "../fixtures/invoicing"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let t: TestStore
    let tokenA: string
    let tokenB: string
    let invoiceA: any
    let orderA: any

    beforeEach(async () => {
      t = await setupTestStore(getContainer(), api)
      tokenA = await t.client.registerCustomer({
        email: "alice@example.com",
        password: "secret-a",
        first_name: "Alice",
        last_name: "Anders",
      })
      tokenB = await t.client.registerCustomer({
        email: "bob@example.com",
        password: "secret-b",
        first_name: "Bob",
        last_name: "Berg",
      })
      orderA = await t.client.placeOrder({
        region_id: t.store.regions.eur,
        items: [{ variant_id: t.store.variants.mug, quantity: 1 }],
        email: "alice@example.com",
        token: tokenA,
        address: GERMAN_ADDRESS,
      })
      invoiceA = await waitForInvoice(api, t.admin, orderA.id)
    })

    const createLegacyOrder = () => createOrderFixture(getContainer(), t)

    describe("store routes", () => {
      it("list and show the logged-in customer's own invoices", async () => {
        const list = await t.client.request(
          "GET",
          "/store/customers/me/invoices",
          { token: tokenA }
        )
        const one = await t.client.request(
          "GET",
          `/store/customers/me/invoices/${invoiceA.id}`,
          { token: tokenA }
        )
        const byOrder = await t.client.request(
          "GET",
          "/store/customers/me/invoices",
          { token: tokenA, query: { order_id: orderA.id } }
        )

        expect(list.status).toBe(200)
        expect(list.body.invoices.map((i: any) => i.number)).toEqual([
          invoiceA.number,
        ])
        expect(list.body.count).toBe(1)
        expect(one.body.invoice).toEqual(
          expect.objectContaining({
            id: invoiceA.id,
            display_status: "invoiced",
            total: invoiceA.total,
          })
        )
        expect(one.body.invoice.lines.length).toBeGreaterThan(0)
        expect(byOrder.body.invoices).toHaveLength(1)
      })

      it("C-06: answers 404 to customer B asking for A's invoice, leaking nothing", async () => {
        const res = await t.client.request(
          "GET",
          `/store/customers/me/invoices/${invoiceA.id}`,
          { token: tokenB }
        )
        const list = await t.client.request(
          "GET",
          "/store/customers/me/invoices",
          { token: tokenB, query: { order_id: orderA.id } }
        )

        expect(res.status).toBe(404)
        expect(res.body.message).toBe(
          `Invoice with id: ${invoiceA.id} was not found.`
        )
        const body = JSON.stringify(res.body)
        expect(body).not.toContain(invoiceA.number)
        expect(body).not.toContain("alice@example.com")
        expect(list.status).toBe(200)
        expect(list.body.invoices).toEqual([])
      })

      it("C-07: answers 401 to a request with only the publishable key", async () => {
        const one = await t.client.request(
          "GET",
          `/store/customers/me/invoices/${invoiceA.id}`
        )
        const list = await t.client.request(
          "GET",
          "/store/customers/me/invoices",
          { query: { order_id: orderA.id } }
        )
        const viaOrder = await t.client.request(
          "GET",
          `/store/orders/${orderA.id}`,
          { query: { fields: "*invoices" } }
        )

        expect(one.status).toBe(401)
        expect(list.status).toBe(401)
        expect(JSON.stringify(one.body)).not.toContain(invoiceA.number)
        expect(JSON.stringify(viaOrder.body)).not.toContain(invoiceA.number)
        expect(viaOrder.body?.order?.invoices).toBeUndefined()
      })

      it("answers 400 naming the field for bad store queries", async () => {
        const res = await t.client.request(
          "GET",
          "/store/customers/me/invoices",
          { token: tokenA, query: { customer_id: "cus_someone_else" } }
        )

        expect(res.status).toBe(400)
        expect(res.body.message).toContain("customer_id")
      })
    })

    describe("admin routes", () => {
      it("require an admin session", async () => {
        const res = await api
          .get("/admin/invoices")
          .catch((e: any) => e.response)

        expect(res.status).toBe(401)
      })

      it("filter by customer, status, currency and q, and paginate", async () => {
        const get = (qs: string) =>
          api.get(`/admin/invoices?${qs}`, t.admin).then((r: any) => r.data)

        const me = await t.client.request("GET", "/store/customers/me", {
          token: tokenA,
        })
        const byCustomer = await get(`customer_id=${me.body.customer.id}`)
        const byStatus = await get("display_status=invoiced")
        const paid = await get("display_status=paid")
        const byCurrency = await get("currency_code=usd")
        const byNumber = await get(`q=${invoiceA.number.slice(-5)}`)
        const byEmail = await get("q=ALICE@")
        const page = await get("limit=1&offset=0&order=-issued_at")

        expect(byCustomer.invoices.map((i: any) => i.id)).toEqual([invoiceA.id])
        expect(byStatus.count).toBe(1)
        expect(paid.count).toBe(0)
        expect(byCurrency.count).toBe(0)
        expect(byNumber.invoices[0].id).toBe(invoiceA.id)
        expect(byEmail.invoices[0].id).toBe(invoiceA.id)
        expect(page).toEqual(
          expect.objectContaining({ count: 1, offset: 0, limit: 1 })
        )
      })

      it.each([
        ["limit=abc", "limit"],
        ["limit=-1", "limit"],
        ["limit=1000", "limit"],
        ["offset=-1", "offset"],
        ["display_status=lost", "display_status"],
        ["order=-password", "order"],
        ["colour=blue", "colour"],
      ])("answer 400 for ?%s naming %s", async (qs, field) => {
        const res = await api
          .get(`/admin/invoices?${qs}`, t.admin)
          .catch((e: any) => e.response)

        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toContain(field)
      })

      it("answer 404 for an unknown invoice id", async () => {
        const res = await api
          .get("/admin/invoices/inv_missing", t.admin)
          .catch((e: any) => e.response)

        expect(res.status).toBe(404)
        expect(res.data.message).toBe(
          "Invoice with id: inv_missing was not found."
        )
      })
    })

    describe("POST /admin/orders/:id/invoices", () => {
      it("issues the invoice of an order placed before the plugin, then answers 409", async () => {
        const order = await createLegacyOrder()
        const path = `/admin/orders/${order.id}/invoices`

        const first = await api.post(path, {}, t.admin)
        const second = await api
          .post(path, {}, t.admin)
          .catch((e: any) => e.response)
        const list = await api.get(
          `/admin/invoices?order_id=${order.id}`,
          t.admin
        )

        expect(first.status).toBe(201)
        expect(first.data.invoice).toEqual(
          expect.objectContaining({
            order_id: order.id,
            number: invoiceA.number.replace(/\d+$/, "00002"),
            display_status: "invoiced",
          })
        )
        expect(second.status).toBe(409)
        expect(second.data.message).toBe(
          `Order ${order.id} already has invoice ${first.data.invoice.number}.`
        )
        expect(list.data.count).toBe(1)
      })

      it("answers 409 for an order invoiced at checkout", async () => {
        const res = await api
          .post(`/admin/orders/${orderA.id}/invoices`, {}, t.admin)
          .catch((e: any) => e.response)

        expect(res.status).toBe(409)
        expect(res.data.type).toBe("conflict")
      })

      it("answers 400 naming an unknown body field, issuing nothing", async () => {
        const order = await createLegacyOrder()
        const res = await api
          .post(`/admin/orders/${order.id}/invoices`, { total: 1 }, t.admin)
          .catch((e: any) => e.response)
        const list = await api.get(
          `/admin/invoices?order_id=${order.id}`,
          t.admin
        )

        expect(res.status).toBe(400)
        expect(res.data.message).toContain("total")
        expect(list.data.count).toBe(0)
      })

      it("answers 404 for an unknown order and 400 for a canceled one", async () => {
        const order = await createLegacyOrder()
        await getContainer().resolve(Modules.ORDER).cancel(order.id)

        const missing = await api
          .post("/admin/orders/order_missing/invoices", {}, t.admin)
          .catch((e: any) => e.response)
        const canceled = await api
          .post(`/admin/orders/${order.id}/invoices`, {}, t.admin)
          .catch((e: any) => e.response)

        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe(
          "Order with id: order_missing was not found."
        )
        expect(canceled.status).toBe(400)
        expect(canceled.data.message).toBe(
          `Order ${order.id} is canceled and cannot be invoiced.`
        )
      })
    })
  },
})
