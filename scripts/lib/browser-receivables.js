"use strict"

/**
 * Receivables that are already past due when the browser tests start.
 *
 * The API cannot back-date an invoice, so the phase issues these while the
 * server runs on the calendar of UTC−11 with payment terms of 0 days (due
 * on the day of issue), and the tests run against a server on the calendar
 * of UTC+14, where that day is one or two days past. Aging therefore has
 * invoices in `days_1_30` and `not_due`; the older buckets stay empty.
 */

const fs = require("fs")
const { createAdminClient } = require("./browser-admin-client")
const { ADMIN } = require("./browser-settings")
const { createStoreClient } = require("./store-client")

const ADDRESS = {
  first_name: "Otto",
  last_name: "Overdue",
  address_1: "Mahnweg 3",
  city: "Hamburg",
  postal_code: "20095",
  country_code: "de",
}

/** Two EUR orders of different totals, placed by two guests. */
const OVERDUE_ORDERS = [
  { email: "overdue-1@example.com", item: "mug", quantity: 1 },
  { email: "overdue-2@example.com", item: "tshirt", quantity: 2 },
]

/**
 * Places the past-due orders on the running server and records them in
 * `fixturesFile` for the tests. Restores the payment terms afterwards.
 *
 * @param {{ baseUrl: string, storeFile: string, fixturesFile: string }} options
 * @returns {Promise<any[]>} the invoices, as the Admin API lists them
 * @example
 * await seedPastDueInvoices({ baseUrl, storeFile, fixturesFile })
 */
async function seedPastDueInvoices({ baseUrl, storeFile, fixturesFile }) {
  const store = JSON.parse(fs.readFileSync(storeFile, "utf8"))
  const admin = await createAdminClient({ baseUrl, ...ADMIN })
  const client = createStoreClient({
    baseUrl,
    publishableKey: store.publishable_key,
  })
  const settingsPath = "/admin/invoicing/settings"
  const { settings } = await admin.call("GET", settingsPath)
  const invoices = []
  await admin.call("POST", settingsPath, { payment_terms_days: 0 })
  try {
    for (const { email, item, quantity } of OVERDUE_ORDERS) {
      const order = await client.placeOrder({
        region_id: store.regions.eur,
        email,
        address: ADDRESS,
        items: [{ variant_id: store.variants[item], quantity }],
      })
      invoices.push(await admin.waitForInvoice(order.id))
    }
  } finally {
    await admin.call("POST", settingsPath, {
      payment_terms_days: settings.payment_terms_days,
    })
  }

  const fixtures = { past_due: invoices }
  fs.writeFileSync(fixturesFile, `${JSON.stringify(fixtures, null, 2)}\n`)

  return invoices
}

module.exports = { seedPastDueInvoices }
