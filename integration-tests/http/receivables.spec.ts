import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  INVOICING_MODULE,
  InvoicingModuleService,
} from "../../src/modules/invoicing"
import { addDays } from "../../src/modules/invoicing/utils/dates"
import { markOverdueInvoicesWorkflow } from "../../src/workflows/mark-overdue-invoices"
import {
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
    let invoices: any[]

    beforeEach(async () => {
      t = await setupTestStore(getContainer(), api)
      token = await t.client.registerCustomer({
        email: "erika@example.com",
        password: "secret-password",
      })
      invoices = []
      for (const quantity of [1, 2, 3]) {
        const order = await t.client.placeOrder({
          region_id: t.store.regions.eur,
          items: [{ variant_id: t.store.variants.mug, quantity }],
          email: "erika@example.com",
          token,
          address: GERMAN_ADDRESS,
        })
        invoices.push(await waitForInvoice(api, t.admin, order.id))
      }
    })

    const pay = (id: string, amount: number) =>
      api.post(
        `/admin/invoices/${id}/payments`,
        { amount, method: "bank_transfer" },
        t.admin
      )
    const check = (asOf: string) =>
      markOverdueInvoicesWorkflow(getContainer()).run({
        input: { as_of: asOf },
      })

    it("marks late invoices overdue once and announces each reminder level once", async () => {
      const [unpaid, partial, paid] = invoices
      await pay(partial.id, 5)
      await pay(paid.id, paid.total)
      const events: { name: string; data: any }[] = []
      const bus = getContainer().resolve("event_bus")
      for (const name of ["invoice.overdue", "invoice.reminder_due"]) {
        bus.subscribe(name, async (event: any) => {
          events.push({ name, data: event.data })
        })
      }
      const due = unpaid.due_date

      const onDueDate = await check(due)
      const dayAfter = await check(addDays(due, 1))
      const again = await check(addDays(due, 1))
      const late = await check(addDays(due, 20))
      const lateAgain = await check(addDays(due, 20))
      await new Promise((resolve) => setTimeout(resolve, 500))

      expect(onDueDate.result.overdue).toEqual([])
      expect(dayAfter.result.overdue.map((o: any) => o.id).sort()).toEqual(
        [unpaid.id, partial.id].sort()
      )
      expect(again.result.overdue).toEqual([])
      expect(late.result.reminders.map((r: any) => r.level).sort()).toEqual([
        1, 1, 2, 2,
      ])
      expect(lateAgain.result.reminders).toEqual([])
      expect(events.filter((e) => e.name === "invoice.overdue")).toHaveLength(2)
      expect(
        events.filter((e) => e.name === "invoice.reminder_due")
      ).toHaveLength(4)

      const list = await api.get(
        "/admin/invoices?display_status=overdue",
        t.admin
      )
      expect(list.data.count).toBe(2)
      const settled = await pay(unpaid.id, unpaid.total)
      expect(settled.data.invoice.display_status).toBe("paid")
    })

    it("runs the overdue check on demand", async () => {
      const res = await api.post("/admin/invoices/overdue-check", {}, t.admin)

      expect(res.status).toBe(200)
      expect(res.data).toEqual(
        expect.objectContaining({ overdue: [], reminders: [] })
      )
    })

    it("sums open balances into aging buckets in the database", async () => {
      const invoicing =
        getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      const due = invoices[0].due_date
      const open = invoices.reduce((sum, i) => sum + i.total, 0)
      const bucketOf = async (daysLate: number) => {
        const [row] = await invoicing.agingReport(addDays(due, daysLate))
        const { currency_code, total, count, ...buckets } = row

        expect(currency_code).toBe("eur")
        expect(count).toBe(3)
        expect(total).toBeCloseTo(open, 2)

        return Object.entries(buckets).find(([, v]) => v > 0)?.[0]
      }

      expect(await bucketOf(0)).toBe("not_due")
      expect(await bucketOf(1)).toBe("days_1_30")
      expect(await bucketOf(30)).toBe("days_1_30")
      expect(await bucketOf(31)).toBe("days_31_60")
      expect(await bucketOf(61)).toBe("days_61_90")
      expect(await bucketOf(91)).toBe("days_over_90")

      const res = await api.get(
        "/admin/invoices/aging?currency_code=EUR",
        t.admin
      )
      expect(res.data.aging).toEqual([
        expect.objectContaining({ currency_code: "eur", count: 3 }),
      ])
      const bad = await api
        .get("/admin/invoices/aging?currency_code=euro", t.admin)
        .catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("currency_code")
    })

    it("summarizes one customer's invoices", async () => {
      await pay(invoices[2].id, invoices[2].total)
      const me = await t.client.request("GET", "/store/customers/me", {
        token,
      })

      const res = await api.get(
        `/admin/customers/${me.body.customer.id}/invoice-summary`,
        t.admin
      )

      const open = invoices[0].total + invoices[1].total
      expect(res.data.summary.counts).toEqual({ invoiced: 2, paid: 1 })
      expect(res.data.summary.open_balances).toEqual([
        { currency_code: "eur", balance: expect.closeTo(open, 2) },
      ])
      expect(res.data.summary.oldest_overdue_due_date).toBeNull()
    })

    it("counts orders by billing state and finds an invoice by order number", async () => {
      const counts = await api.get("/admin/invoicing/order-counts", t.admin)
      expect(counts.data).toEqual({ invoiced: 3, overdue: 0, not_invoiced: 0 })

      const byOrder = await api.get(
        `/admin/invoices?q=%23${invoices[1].order_display_id}`,
        t.admin
      )
      expect(byOrder.data.invoices.map((i: any) => i.id)).toEqual([
        invoices[1].id,
      ])
    })
  },
})
