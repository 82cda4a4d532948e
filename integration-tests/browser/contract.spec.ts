import fs from "fs"
import type { Locator, Page } from "playwright-core"
import {
  openAdmin,
  waitUntil,
  withScreenshot,
  type AdminSession,
} from "./support/browser"
import { browserEnv } from "./support/env"
import { adminClient, placeOrder, type AdminClient } from "./support/store"

jest.setTimeout(120_000)

const env = browserEnv()

/** The actions CONTRACT.md promises on an issued invoice. */
const ACTIONS = [
  "Record payment",
  "Download PDF",
  "Credit note",
  "Void",
  "Resend e-mail",
]

/** The contract's buttons that `scope` does not show. */
async function missingActions(scope: Locator): Promise<string[]> {
  const missing: string[] = []
  for (const name of ACTIONS) {
    const button = scope.getByRole("button", { name, exact: true })
    if ((await button.count()) === 0) {
      missing.push(name)
    }
  }

  return missing
}

/** @throws {Error} listing the contract's buttons `scope` lacks */
async function expectActions(scope: Locator): Promise<void> {
  await scope.waitFor()
  await waitUntil(
    `${scope} to offer ${ACTIONS.join(", ")}`,
    async () => (await missingActions(scope)).length === 0,
    async () => `Missing: ${(await missingActions(scope)).join(", ")}.`
  )
}

/** Clicks "Download PDF" in `scope` and returns the saved file's name. */
async function downloadPdf(page: Page, scope: Locator): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    scope
      .getByRole("button", { name: "Download PDF", exact: true })
      .first()
      .click(),
  ])
  const file = await download.path()
  const head = fs.readFileSync(file).subarray(0, 5).toString("latin1")
  if (head !== "%PDF-") {
    throw new Error(`The download is not a PDF; it starts with ${head}.`)
  }

  return download.suggestedFilename()
}

describe("Admin UI contract: actions and the other widgets", () => {
  let session: AdminSession
  let admin: AdminClient

  beforeAll(async () => {
    admin = await adminClient(env)
    session = await openAdmin(env)
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("offers the invoice actions on the order page and the invoice page, and downloads the PDF", async () => {
    const { page } = session
    const { order, invoice } = await placeOrder(
      env,
      admin,
      "browser-actions@example.com"
    )

    await withScreenshot(page, "invoice-detail", async () => {
      await page.goto(`${env.baseUrl}/app/orders/${order.id}`)
      const widget = page.getByTestId("invoicing-order-billing")
      await expectActions(widget)
      expect(await downloadPdf(page, widget)).toBe(`${invoice.number}.pdf`)

      await page.goto(`${env.baseUrl}/app/invoices/${invoice.id}`)
      const detail = page.getByTestId("invoicing-invoice-detail")
      await expectActions(detail)
      expect(await downloadPdf(page, detail)).toBe(`${invoice.number}.pdf`)
    })
  })

  it("shows the customer's invoice summary and the order list's summary", async () => {
    const { page } = session
    const { order } = await placeOrder(
      env,
      admin,
      "browser-customer@example.com"
    )
    const { order: stored } = await admin.call(
      "GET",
      `/admin/orders/${order.id}?fields=id,customer_id`
    )

    await withScreenshot(page, "customer-and-order-list", async () => {
      await page.goto(`${env.baseUrl}/app/customers/${stored.customer_id}`)
      await page.getByTestId("invoicing-customer-summary").waitFor()

      await page.goto(`${env.baseUrl}/app/orders`)
      const summary = page.getByTestId("invoicing-order-list-summary")
      await summary.waitFor()
      await waitUntil(
        "the order list summary to show some text",
        async () => (await summary.innerText()).trim().length > 0
      )
    })
  })
})
