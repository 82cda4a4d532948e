import type { BrowserEnv, InvoiceSummary } from "./env"
/* eslint-disable @typescript-eslint/no-require-imports -- plain JS, shared
   with the scripts that serve the app */
const { createStoreClient } = require("../../../scripts/lib/store-client")
const adminApi = require("../../../scripts/lib/browser-admin-client")
/* eslint-enable @typescript-eslint/no-require-imports */

export type AdminClient = {
  request: (
    method: string,
    path: string,
    body?: unknown
  ) => Promise<{ status: number; body: any }>
  call: (method: string, path: string, body?: unknown) => Promise<any>
  waitForInvoice: (orderId: string, timeoutMs?: number) => Promise<any>
}

export type PlacedOrder = {
  order: { id: string; display_id: number; email: string }
  invoice: InvoiceSummary
}

const ADDRESS = {
  first_name: "Erika",
  last_name: "Mustermann",
  address_1: "Heidestraße 17",
  city: "Köln",
  postal_code: "51147",
  country_code: "de",
}

/** An Admin API client logged in as the seeded admin. */
export function adminClient(env: BrowserEnv): Promise<AdminClient> {
  return adminApi.createAdminClient({
    baseUrl: env.baseUrl,
    email: env.adminEmail,
    password: env.adminPassword,
  })
}

/**
 * Places an EUR order as a guest through the Store API, as a storefront
 * would, and waits for its invoice.
 *
 * @example
 * const { order, invoice } = await placeOrder(env, admin, "widget@example.com")
 */
export async function placeOrder(
  env: BrowserEnv,
  admin: AdminClient,
  email: string,
  items: {
    variant: keyof BrowserEnv["store"]["variants"]
    quantity: number
  }[] = [{ variant: "mug", quantity: 1 }]
): Promise<PlacedOrder> {
  const client = createStoreClient({
    baseUrl: env.baseUrl,
    publishableKey: env.publishableKey,
  })
  const order = await client.placeOrder({
    region_id: env.store.regions.eur,
    email,
    address: ADDRESS,
    items: items.map((i) => ({
      variant_id: env.store.variants[i.variant],
      quantity: i.quantity,
    })),
  })
  const invoice = await admin.waitForInvoice(order.id)

  return { order, invoice }
}

/** Reads one invoice from the Admin API. */
export async function readInvoice(
  admin: AdminClient,
  id: string
): Promise<InvoiceSummary & { payments: any[] }> {
  const { invoice } = await admin.call("GET", `/admin/invoices/${id}`)

  return invoice
}

/**
 * Converts an EUR amount to cents. The API sends amounts already rounded to
 * the minor unit, so rounding the product only removes binary noise.
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100)
}

/** Formats cents as a plain decimal string, e.g. 1261 → "12.61". */
export function centsToString(cents: number): string {
  return (cents / 100).toFixed(2)
}
