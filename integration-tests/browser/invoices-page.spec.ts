import type { Locator, Page } from "playwright-core"
import {
  chooseOption,
  expectText,
  openAdmin,
  screenshot,
  waitUntil,
  withScreenshot,
  type AdminSession,
} from "./support/browser"
import { browserEnv, type InvoiceSummary } from "./support/env"
import {
  adminClient,
  centsToString,
  placeOrder,
  toCents,
  type AdminClient,
} from "./support/store"

jest.setTimeout(120_000)

const env = browserEnv()

const BUCKETS = [
  "not_due",
  "days_1_30",
  "days_31_60",
  "days_61_90",
  "days_over_90",
] as const

/** The numbers of the invoice rows the list shows now. */
async function rowNumbers(page: Page): Promise<string[]> {
  const rows = page.getByTestId("invoicing-invoice-row")

  return (await rows.evaluateAll((els) =>
    els.map((el) => el.getAttribute("data-number") ?? "")
  )) as string[]
}

/** Waits until the list shows exactly `numbers` (in any order). */
async function expectRows(page: Page, numbers: string[]): Promise<void> {
  const want = [...numbers].sort().join(", ")
  await waitUntil(
    `the invoice list to show exactly ${want}`,
    async () => (await rowNumbers(page)).sort().join(", ") === want,
    async () => `It shows: ${(await rowNumbers(page)).join(", ") || "no rows"}`
  )
}

/** Waits until the list shows `present` and none of `absent`. */
async function expectRowsInclude(
  page: Page,
  present: string[],
  absent: string[]
): Promise<void> {
  await waitUntil(
    `the invoice list to show ${present.join(", ")} but not ${absent.join(", ")}`,
    async () => {
      const shown = await rowNumbers(page)

      return (
        present.every((n) => shown.includes(n)) &&
        absent.every((n) => !shown.includes(n))
      )
    },
    async () => `It shows: ${(await rowNumbers(page)).join(", ") || "no rows"}`
  )
}

/** An amount as the UI may print it: 35.22, 35,22 or 1,035.22. */
function amountPattern(cents: number): RegExp {
  const [whole, fraction] = centsToString(cents).split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "[,.\\s\u00a0]?")

  return new RegExp(`(^|[^\\d])${grouped}[.,]${fraction}(?!\\d)`)
}

/** Waits until an aging bar shows `cents` and `count` invoices. */
async function expectBucket(
  bar: Locator,
  cents: number,
  count: number
): Promise<void> {
  const amount = amountPattern(cents)
  const counted = new RegExp(`(^|\\D)${count}\\s+invoices?\\b`)
  await waitUntil(
    `${bar} to show ${centsToString(cents)} and ${count} invoice(s)`,
    async () => {
      const text = await bar.innerText()

      return amount.test(text) && counted.test(text)
    },
    async () =>
      `It shows ${JSON.stringify(await bar.innerText().catch(() => null))}`
  )
}

async function openInvoicesPage(page: Page): Promise<void> {
  await page.goto(`${env.baseUrl}/app/invoices`)
  await page.getByPlaceholder("Search invoices").waitFor()
}

describe("Invoices page", () => {
  let session: AdminSession
  let admin: AdminClient

  beforeAll(async () => {
    admin = await adminClient(env)
    session = await openAdmin(env)
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("finds an invoice by number, by e-mail and by status, and opens it", async () => {
    const { page } = session
    const open = await placeOrder(env, admin, "browser-list-open@example.com")
    const paid = await placeOrder(env, admin, "browser-list-paid@example.com")
    await admin.call("POST", `/admin/invoices/${paid.invoice.id}/payments`, {
      amount: paid.invoice.total,
      method: "bank_transfer",
    })
    const a = open.invoice.number
    const b = paid.invoice.number

    await withScreenshot(page, "invoices-list", async () => {
      await page.goto(`${env.baseUrl}/app/orders`)
      await page.getByRole("link", { name: "Invoices", exact: true }).click()
      await page.waitForURL(/\/app\/invoices$/)
      await expectRowsInclude(page, [a, b], [])
    })

    await withScreenshot(page, "invoices-search-and-filter", async () => {
      const search = page.getByPlaceholder("Search invoices")
      await search.fill(a)
      await expectRows(page, [a])
      await search.fill(open.order.email)
      await expectRows(page, [a])
      await search.fill("")
      await expectRowsInclude(page, [a, b], [])

      const status = page.getByLabel("Status", { exact: true })
      await chooseOption(page, status, "Paid")
      await expectRowsInclude(page, [b], [a])
      await chooseOption(page, status, "Invoiced")
      await expectRowsInclude(page, [a], [b])

      await page
        .locator(`[data-testid="invoicing-invoice-row"][data-number="${a}"]`)
        .click()
      await page.waitForURL(new RegExp(`/app/invoices/${open.invoice.id}$`))
      await expectText(page.getByTestId("invoicing-invoice-detail"), a)
    })
  })

  it("shows the receivables by age, filters by a bucket and by Overdue", async () => {
    const { page } = session
    const pastDue = env.fixtures.past_due
    const pastDueNumbers = pastDue.map((i) => i.number)
    const check = await admin.call("POST", "/admin/invoices/overdue-check", {})
    expect(check.overdue.map((o: { id: string }) => o.id).sort()).toEqual(
      pastDue.map((i) => i.id).sort()
    )
    const { aging } = await admin.call(
      "GET",
      "/admin/invoices/aging?currency_code=eur"
    )
    const eur = aging[0]
    const lateCents = pastDue.reduce(
      (sum: number, i: InvoiceSummary) => sum + toCents(i.balance),
      0
    )
    // What a server on a UTC+14 calendar sees of invoices it issued on a
    // UTC−11 one: one or two days late, nothing older.
    expect(toCents(eur.days_1_30)).toBe(lateCents)
    expect([eur.days_31_60, eur.days_61_90, eur.days_over_90]).toEqual([
      0, 0, 0,
    ])

    await withScreenshot(page, "aging", async () => {
      await openInvoicesPage(page)
      const chart = page.getByTestId("invoicing-aging")
      await chart.waitFor()
      const bucket = (name: (typeof BUCKETS)[number]) =>
        chart.getByTestId(`invoicing-aging-bucket-${name}`)
      for (const name of BUCKETS) {
        await bucket(name).waitFor()
      }

      await expectBucket(bucket("days_1_30"), lateCents, pastDue.length)
      const notDue = eur.count - pastDue.length
      await expectBucket(bucket("not_due"), toCents(eur.not_due), notDue)
      for (const name of [
        "days_31_60",
        "days_61_90",
        "days_over_90",
      ] as const) {
        await expectBucket(bucket(name), 0, 0)
      }

      await screenshot(page, "invoices-page", {}) // for the README

      await bucket("days_1_30").click()
      await expectRows(page, pastDueNumbers)

      await openInvoicesPage(page)
      await page.getByLabel("Overdue", { exact: true }).click()
      await expectRows(page, pastDueNumbers)
    })

    await withScreenshot(page, "order-widget-overdue", async () => {
      await page.goto(`${env.baseUrl}/app/orders/${pastDue[0].order_id}`)
      await expectText(page.getByTestId("invoicing-billing-status"), "Overdue")
    })
  })
})
