import fs from "fs"
import path from "path"
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core"
import type { BrowserEnv } from "./env"
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM_ARGS } = require("../../../scripts/lib/browser-chromium")

const SCREENSHOT_DIR = path.join(__dirname, "..", "screenshots")
const DOCS_SCREENSHOT_DIR = path.join(
  __dirname,
  "..",
  "..",
  "..",
  "docs",
  "screenshots"
)

/** How long a UI expectation waits before it fails. */
export const UI_TIMEOUT_MS = 15_000

export type AdminSession = {
  browser: Browser
  context: BrowserContext
  page: Page
}

/**
 * Launches Chromium headless and opens a page logged in to the admin.
 *
 * The app runs as in production (NODE_ENV=production), where Medusa marks
 * its session cookie `Secure` and only sets it on a request that arrived
 * over HTTPS. In production a TLS proxy in front of Medusa says so with
 * `X-Forwarded-Proto: https` (Medusa trusts the proxy); the tests speak
 * plain HTTP on the loopback and send that header themselves.
 */
export async function openAdmin(env: BrowserEnv): Promise<AdminSession> {
  const browser = await chromium.launch({
    executablePath: env.chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  })
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1100 },
    extraHTTPHeaders: { "x-forwarded-proto": "https" },
    locale: "en-US",
  })
  context.setDefaultTimeout(UI_TIMEOUT_MS)
  const page = await context.newPage()
  await login(page, env)

  return { browser, context, page }
}

/** Logs in at /app/login with the seeded admin. */
export async function login(page: Page, env: BrowserEnv): Promise<void> {
  await page.goto(`${env.baseUrl}/app/login`)
  await page.locator('input[name="email"]').fill(env.adminEmail)
  await page.locator('input[name="password"]').fill(env.adminPassword)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"))
}

/** Where a test's screenshot also goes into docs/screenshots. */
export type DocsShot = {
  /** Only this element (e.g. a widget), else the page. */
  element?: Locator
}

/**
 * Saves the page as screenshots/<name>.png. With `docs`, and when
 * BROWSER_DOCS_SCREENSHOTS=1, also saves docs/screenshots/<name>.png for
 * the README (opt-in, so that a test run does not rewrite tracked files).
 */
export async function screenshot(
  page: Page,
  name: string,
  docs?: DocsShot
): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file }).catch(() => undefined)
  if (!docs || process.env.BROWSER_DOCS_SCREENSHOTS !== "1") {
    return
  }

  fs.mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true })
  const target = path.join(DOCS_SCREENSHOT_DIR, `${name}.png`)
  if (docs.element) {
    await docs.element.screenshot({ path: target })
  } else if (fs.existsSync(file)) {
    fs.copyFileSync(file, target)
  }
}

/**
 * Runs a test body and saves its screenshot afterwards, passed or failed.
 *
 * @example
 * it("shows the badge", () => withScreenshot(page, "badge", async () => {}))
 */
export async function withScreenshot(
  page: Page,
  name: string,
  body: () => Promise<void>,
  docs?: DocsShot
): Promise<void> {
  try {
    await body()
  } finally {
    await screenshot(page, name, docs)
  }
}

/**
 * Waits until `locator`'s text matches `expected` (a string is looked for
 * as a part of the text).
 *
 * @throws {Error} naming the element and the text it last had
 */
export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  timeoutMs = UI_TIMEOUT_MS
): Promise<string> {
  const matches = (text: string) =>
    typeof expected === "string" ? text.includes(expected) : expected.test(text)
  const deadline = Date.now() + timeoutMs
  let last: string | null = null
  while (Date.now() < deadline) {
    last = await locator
      .first()
      .innerText({ timeout: 500 })
      .catch(() => null)
    if (last !== null && matches(last)) {
      return last
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  const seen =
    last === null ? "was not found" : `showed ${JSON.stringify(last)}`
  throw new Error(`Expected ${locator} to show ${expected}; it ${seen}.`)
}

/**
 * Waits until `check` returns true.
 *
 * @throws {Error} with `what` and the last value `describe` gave
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  describe: () => Promise<string> = async () => "",
  timeoutMs = UI_TIMEOUT_MS
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  throw new Error(`Timed out waiting for ${what}. ${await describe()}`)
}

/**
 * Picks `option` in a select: a native `<select>`, or a Radix select
 * (Medusa UI) whose options open in a list box.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  option: string
): Promise<void> {
  const tag = await select.evaluate((el) => el.tagName)
  if (tag === "SELECT") {
    await select.selectOption({ label: option })

    return
  }

  await select.click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

/**
 * Marks the page, so that `assertNoReload` can tell whether it was loaded
 * again since.
 */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(window as unknown as Record<string, boolean>).__invoicingMark = true
  })
}

/** @throws {Error} when the page was reloaded since `markPage` */
export async function assertNoReload(page: Page): Promise<void> {
  const marked = await page.evaluate(
    () => (window as unknown as Record<string, boolean>).__invoicingMark
  )
  if (marked !== true) {
    throw new Error("The page was reloaded; the UI should update in place.")
  }
}
