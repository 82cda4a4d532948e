import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
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

      return waitForInvoice(api, t.admin, order.id)
    }
    const post = (body: object) =>
      api
        .post("/admin/invoicing/settings", body, t.admin)
        .catch((e: any) => e.response)

    it("starts from the plugin options and previews the next numbers", async () => {
      const res = await api.get("/admin/invoicing/settings", t.admin)

      expect(res.data.settings).toEqual(
        expect.objectContaining({
          seller: expect.objectContaining({ name: "Demo Goods GmbH" }),
          payment_terms_days: 14,
          number_format: "INV-{YYYY}-{NNNNN}",
          credit_note_number_format: "CN-{YYYY}-{NNNNN}",
          default_language: "en",
          updated_at: null,
        })
      )
      expect(res.data.next_numbers.invoice.number).toMatch(/^INV-\d{4}-00001$/)
    })

    it("shapes documents issued afterwards, never the issued ones", async () => {
      const before = await placeOrder()

      const res = await post({
        seller: {
          name: "Neue Firma AG",
          country_code: "DE",
          vat_number: "DE 123 456 789",
          iban: "DE89 3704 0044 0532 0130 00",
          bic: "COBADEFFXXX",
          payment_instructions: "Bitte überweisen Sie den Betrag.",
        },
        payment_terms_days: 30,
        number_format: "RE-{YY}-{NNNN}",
        default_language: "de",
        footer: "Amtsgericht Berlin HRB 12345",
      })
      expect(res.status).toBe(200)
      expect(res.data.settings.seller.iban).toBe("DE89370400440532013000")
      expect(res.data.settings.seller.country_code).toBe("de")
      expect(res.data.next_numbers.invoice.number).toMatch(/^RE-\d{2}-0002$/)

      const after = await placeOrder()
      expect(after.seller.name).toBe("Neue Firma AG")
      expect(after.payment_terms_days).toBe(30)
      // The series goes on: the format changed, not the counter.
      expect(after.number).toMatch(/^RE-\d{2}-0002$/)

      const unchanged = (await api.get(`/admin/invoices/${before.id}`, t.admin))
        .data.invoice
      expect(unchanged.seller).toEqual(before.seller)
      expect(unchanged.number).toBe(before.number)
    })

    it("answers 400 naming the field for each rule, and changes nothing", async () => {
      const cases: [object, string][] = [
        [
          { seller: { name: "A", iban: "DE89 3704 0044 0532 0130 01" } },
          "iban",
        ],
        [{ seller: { name: "A", vat_number: "123456" } }, "vat_number"],
        [{ seller: { name: "A", country_code: "xx" } }, "country_code"],
        [{ seller: { name: "A", email: "not-an-email" } }, "email"],
        [{ seller: { name: "A", bic: "XYZ" } }, "bic"],
        [{ seller: { name: "" } }, "name"],
        [{ default_language: "it" }, "default_language"],
        [{ number_format: "INV-{YYYY}" }, "number_format"],
        [{ number_format: "INV-{NNNNN}" }, "number_format"],
        [
          { credit_note_number_format: "INV-{YYYY}-{NNNNN}" },
          "credit_note_number_format",
        ],
        [{ payment_terms_days: -1 }, "payment_terms_days"],
        [{ reminder_days: [14, 3] }, "reminder_days"],
        [{ colour: "red" }, "colour"],
      ]
      for (const [body, field] of cases) {
        const res = await post(body)
        expect({ body, status: res.status }).toEqual({ body, status: 400 })
        expect(res.data.message).toContain(field)
      }

      const res = await api.get("/admin/invoicing/settings", t.admin)
      expect(res.data.settings.updated_at).toBeNull()
    })
  },
})
