import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mkdtempSync, readdirSync, readFileSync } from "fs"
import { tmpdir } from "os"
import path from "path"
import { addDays } from "../../src/modules/invoicing/utils/dates"
import { markOverdueInvoicesWorkflow } from "../../src/workflows/mark-overdue-invoices"
import {
  GERMAN_ADDRESS,
  setupTestStore,
  TestStore,
  waitForInvoice,
} from "../fixtures/invoicing"

jest.setTimeout(180 * 1000)

// E-mails of this suite land in a folder of its own.
const outbox = mkdtempSync(path.join(tmpdir(), "invoicing-outbox-"))
process.env.INVOICING_OUTBOX_DIR = outbox
afterAll(() => {
  delete process.env.INVOICING_OUTBOX_DIR
})

const messagesTo = (email: string) =>
  readdirSync(outbox)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(outbox, f), "utf8")))
    .filter((m) => m.to === email)

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

    const placeOrder = async (email = "erika@example.com") => {
      const order = await t.client.placeOrder({
        region_id: t.store.regions.eur,
        items: [{ variant_id: t.store.variants.tshirt, quantity: 2 }],
        email,
        token: email === "erika@example.com" ? token : undefined,
        address: GERMAN_ADDRESS,
      })

      return { order, invoice: await waitForInvoice(api, t.admin, order.id) }
    }
    const until = async <T>(load: () => T, check: (v: T) => boolean) => {
      const deadline = Date.now() + 30_000
      for (;;) {
        const value = load()
        if (check(value) || Date.now() > deadline) {
          return value
        }

        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }

    it("e-mails the invoice with its PDF once, even when the event comes twice", async () => {
      const { invoice } = await placeOrder("pdf-once@example.com")
      const [message] = await until(
        () => messagesTo("pdf-once@example.com"),
        (m) => m.length > 0
      )

      expect(message).toEqual(
        expect.objectContaining({
          channel: "email",
          template: "invoice-issued",
          data: expect.objectContaining({ number: invoice.number }),
        })
      )
      expect(message.attachments[0].filename).toBe(`${invoice.number}.pdf`)
      const pdf = readFileSync(message.attachments[0].path)
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")

      const eventBus = getContainer().resolve("event_bus")
      await eventBus.emit({ name: "invoice.issued", data: { id: invoice.id } })
      await new Promise((resolve) => setTimeout(resolve, 2000))
      expect(messagesTo("pdf-once@example.com")).toHaveLength(1)

      const detail = (await api.get(`/admin/invoices/${invoice.id}`, t.admin))
        .data.invoice
      expect(detail.pdf_file_id).toBeTruthy()
      expect(detail.emailed_at).toBeTruthy()
    })

    it("downloads the same PDF for the admin and the owner, and 404/401 for others", async () => {
      const { invoice } = await placeOrder()
      const admin = await api.get(`/admin/invoices/${invoice.id}/pdf`, {
        ...t.admin,
        responseType: "arraybuffer",
      })
      expect(admin.status).toBe(200)
      expect(admin.headers["content-type"]).toContain("application/pdf")
      expect(admin.headers["content-disposition"]).toBe(
        `attachment; filename="${invoice.number}.pdf"`
      )
      expect(Buffer.from(admin.data).subarray(0, 5).toString()).toBe("%PDF-")

      const own = await fetch(
        `${api.defaults.baseURL}/store/customers/me/invoices/${invoice.id}/pdf`,
        {
          headers: {
            authorization: `Bearer ${token}`,
            "x-publishable-api-key": t.store.publishable_key,
          },
        }
      )
      expect(own.status).toBe(200)
      expect(Buffer.from(await own.arrayBuffer())).toEqual(
        Buffer.from(admin.data)
      )

      const other = await t.client.registerCustomer({
        email: "max@example.com",
        password: "secret-password",
      })
      const theirs = await t.client.request(
        "GET",
        `/store/customers/me/invoices/${invoice.id}/pdf`,
        { token: other }
      )
      expect(theirs.status).toBe(404)
      expect(JSON.stringify(theirs.body)).not.toContain(invoice.number)
      const anonymous = await t.client.request(
        "GET",
        `/store/customers/me/invoices/${invoice.id}/pdf`
      )
      expect(anonymous.status).toBe(401)
    })

    it("resends on demand, and e-mails a credit note with its own PDF", async () => {
      const { invoice } = await placeOrder("resend@example.com")
      await until(
        () => messagesTo("resend@example.com"),
        (m) => m.length > 0
      )

      const resend = await api.post(
        `/admin/invoices/${invoice.id}/send`,
        {},
        t.admin
      )
      expect(resend.data.sent).toBe(true)
      expect(messagesTo("resend@example.com")).toHaveLength(2)

      const note = await api.post(
        `/admin/invoices/${invoice.id}/credit-notes`,
        { amount: "5.00", reason: "Late delivery" },
        t.admin
      )
      const number = note.data.credit_note.number
      const messages = await until(
        () => messagesTo("resend@example.com"),
        (m) => m.length > 2
      )
      expect(messages.map((m) => m.data.number)).toContain(number)
    })

    it("sends each payment reminder level once, with the invoice attached", async () => {
      const { invoice } = await placeOrder("late@example.com")
      await until(
        () => messagesTo("late@example.com"),
        (m) => m.length > 0
      )
      const check = (asOf: string) =>
        markOverdueInvoicesWorkflow(getContainer()).run({
          input: { as_of: asOf },
        })

      // Four days after the due date: reminder level 1 (3 days) is due.
      const asOf = addDays(invoice.due_date, 4)
      await check(asOf)
      await check(asOf)
      const reminders = await until(
        () =>
          messagesTo("late@example.com").filter(
            (m) => m.template === "invoice-reminder"
          ),
        (m) => m.length > 0
      )
      await new Promise((resolve) => setTimeout(resolve, 2000))

      expect(
        messagesTo("late@example.com").filter(
          (m) => m.template === "invoice-reminder"
        )
      ).toHaveLength(1)
      expect(reminders[0].data).toEqual(
        expect.objectContaining({
          number: invoice.number,
          purpose: "reminder",
          level: 1,
        })
      )
      expect(reminders[0].attachments).toHaveLength(1)
    })
  },
})
