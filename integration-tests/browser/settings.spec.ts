import type { Locator } from "playwright-core"
import {
  expectText,
  openAdmin,
  waitUntil,
  withScreenshot,
  type AdminSession,
} from "./support/browser"
import { browserEnv } from "./support/env"
import { adminClient, type AdminClient } from "./support/store"

jest.setTimeout(120_000)

const env = browserEnv()
const SETTINGS = "/admin/invoicing/settings"

/** The number a format gives a year and sequence, as the plugin documents. */
function formatNumber(format: string, year: number, sequence: number): string {
  return format
    .replace("{YYYY}", String(year))
    .replace("{YY}", String(year).slice(-2))
    .replace(/\{(N+)\}/, (_, n: string) =>
      String(sequence).padStart(n.length, "0")
    )
}

/** The text of the elements that describe `field` (aria-describedby). */
function description(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
  )
}

describe("Invoicing settings page", () => {
  let session: AdminSession
  let admin: AdminClient
  let original: string

  beforeAll(async () => {
    admin = await adminClient(env)
    const { settings } = await admin.call("GET", SETTINGS)
    original = settings.number_format
    session = await openAdmin(env)
  })

  afterAll(async () => {
    await admin
      ?.call("POST", SETTINGS, { number_format: original })
      .catch(() => undefined)
    await session?.browser.close()
  })

  it("previews the next number as the format is typed, saves it, and shows the API's objection to a bad one", async () => {
    const { page } = session
    const { settings: before, next_numbers: next } = await admin.call(
      "GET",
      SETTINGS
    )
    const credit = before.credit_note_number_format
    const { year, sequence } = next.invoice
    const format = "FAC/{YY}/{NNNNNN}"

    await withScreenshot(page, "settings", async () => {
      await page.goto(`${env.baseUrl}/app/settings/invoicing`)
      const field = page.getByLabel("Invoice number format", { exact: true })
      const preview = page.getByTestId("invoicing-next-number")
      await expectText(preview, next.invoice.number)

      await field.fill("")
      await field.pressSequentially(format, { delay: 20 })
      await expectText(preview, formatNumber(format, year, sequence))
      const save = page.getByRole("button", { name: "Save", exact: true })
      await save.click()
      await waitUntil(
        "the API to store the new number format",
        async () =>
          (await admin.call("GET", SETTINGS)).settings.number_format === format
      )

      // A format without a year: the message belongs to the field.
      await field.fill("INV-{NNNNN}")
      await save.click()
      await waitUntil(
        "a year-token message in the field's description",
        async () => /must contain a year token/.test(await description(field)),
        async () =>
          `Its description: ${JSON.stringify(await description(field))}`
      )

      // Only the API knows that the formats of both series would collide.
      await field.fill(credit)
      await save.click()
      await expectText(
        page.getByText("must differ from number_format", { exact: false }),
        "must differ from number_format"
      )
      await field.scrollIntoViewIfNeeded()
    })

    const { settings } = await admin.call("GET", SETTINGS)
    expect(settings.number_format).toBe(format)
  })
})
