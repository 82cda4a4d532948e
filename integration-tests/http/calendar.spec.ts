import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  GERMAN_ADDRESS,
  setupTestStore,
  waitForInvoice,
} from "../fixtures/invoicing"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    afterEach(() => {
      jest.useRealTimers()
    })

    /** Moves only the clock (Date), which keeps running from `iso`. */
    const clockAt = (iso: string) =>
      jest.useFakeTimers({
        now: new Date(iso),
        advanceTimers: true,
        doNotFake: [
          "hrtime",
          "nextTick",
          "performance",
          "queueMicrotask",
          "setImmediate",
          "clearImmediate",
          "setInterval",
          "clearInterval",
          "setTimeout",
          "clearTimeout",
        ],
      })

    it("dates invoices on the seller's calendar around midnight (Europe/Berlin)", async () => {
      // 23:59:30 in Berlin on New Year's Eve, 22:59:30 UTC.
      clockAt("2026-12-31T22:59:30Z")
      const t = await setupTestStore(getContainer(), api)
      const place = async () => {
        const order = await t.client.placeOrder({
          region_id: t.store.regions.eur,
          items: [{ variant_id: t.store.variants.mug, quantity: 1 }],
          email: "guest@example.com",
          address: GERMAN_ADDRESS,
        })

        return waitForInvoice(api, t.admin, order.id)
      }

      const lastOfYear = await place()
      // 00:30 in Berlin on New Year's Day, while UTC is still in 2026.
      clockAt("2026-12-31T23:30:00Z")
      const firstOfYear = await place()

      expect(lastOfYear).toEqual(
        expect.objectContaining({
          issue_date: "2026-12-31",
          due_date: "2027-01-14",
        })
      )
      expect(lastOfYear.number).toMatch(/^INV-2026-\d{5}$/)
      expect(firstOfYear).toEqual(
        expect.objectContaining({
          number: "INV-2027-00001",
          issue_date: "2027-01-01",
          due_date: "2027-01-15",
        })
      )
    })
  },
})
