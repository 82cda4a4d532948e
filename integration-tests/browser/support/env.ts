import fs from "fs"

/** What `node scripts/test.js --browser` hands the browser suites. */
export type BrowserEnv = {
  baseUrl: string
  adminEmail: string
  adminPassword: string
  publishableKey: string
  chromiumPath: string
  store: SeededStore
  fixtures: { past_due: InvoiceSummary[] }
}

export type SeededStore = {
  publishable_key: string
  regions: Record<"eur" | "usd" | "jpy", string>
  variants: Record<"tshirt" | "tote" | "mug", string>
}

/** The fields of an invoice the suites read from the Admin API. */
export type InvoiceSummary = {
  id: string
  number: string
  order_id: string
  kind: "invoice" | "credit_note"
  email: string | null
  currency_code: string
  total: number
  balance: number
  amount_paid: number
  display_status: string
  payment_status: string
  due_date: string
}

const REQUIRED = [
  "BROWSER_BASE_URL",
  "ADMIN_EMAIL",
  "ADMIN_PASSWORD",
  "PUBLISHABLE_KEY",
  "CHROMIUM_PATH",
  "BROWSER_STORE_FILE",
  "BROWSER_FIXTURES_FILE",
]

/**
 * Reads the phase's environment once.
 *
 * @throws {Error} naming what is missing, when the suites are run without
 *   the phase that serves the app
 */
export function browserEnv(): BrowserEnv {
  const missing = REQUIRED.filter((name) => !process.env[name])
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.join(", ")}: run the browser suites with \`node scripts/test.js --browser\`, which builds and serves the app first.`
    )
  }

  const read = (name: string) =>
    JSON.parse(fs.readFileSync(process.env[name]!, "utf8"))

  return {
    baseUrl: process.env.BROWSER_BASE_URL!,
    adminEmail: process.env.ADMIN_EMAIL!,
    adminPassword: process.env.ADMIN_PASSWORD!,
    publishableKey: process.env.PUBLISHABLE_KEY!,
    chromiumPath: process.env.CHROMIUM_PATH!,
    store: read("BROWSER_STORE_FILE"),
    fixtures: read("BROWSER_FIXTURES_FILE"),
  }
}
