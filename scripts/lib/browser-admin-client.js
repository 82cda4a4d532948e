"use strict"

/**
 * A small client for the Admin API, over the global `fetch`: the browser
 * phase uses it to prepare data, the browser tests to set up and check what
 * the UI showed.
 */

const { sleep } = require("./process-utils")

/**
 * @typedef {object} AdminResponse
 * @property {number} status
 * @property {any} body parsed JSON, or the raw text when it is not JSON
 */

/**
 * @typedef {object} AdminClient
 * @property {(method: string, path: string, body?: unknown) => Promise<AdminResponse>} request
 *   Sends one request; never throws on an HTTP error status.
 * @property {(method: string, path: string, body?: unknown) => Promise<any>} call
 *   Sends one request; throws unless the answer is 2xx, returns the body.
 * @property {(orderId: string, timeoutMs?: number) => Promise<any>} waitForInvoice
 *   Polls until the order's invoice exists; returns it.
 */

/**
 * Logs the admin in with e-mail and password and returns a client that
 * sends its bearer token.
 *
 * @param {{ baseUrl: string, email: string, password: string }} options
 * @returns {Promise<AdminClient>}
 * @throws {Error} when the login fails
 * @example
 * const admin = await createAdminClient({ baseUrl, email, password })
 * const { settings } = await admin.call("GET", "/admin/invoicing/settings")
 */
async function createAdminClient({ baseUrl, email, password }) {
  const root = baseUrl.replace(/\/+$/, "")
  const login = await fetch(`${root}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const { token } = await login.json().catch(() => ({}))
  if (!token) {
    throw new Error(`Admin login as ${email} failed with HTTP ${login.status}.`)
  }

  async function request(method, path, body) {
    const headers = { authorization: `Bearer ${token}` }
    if (body !== undefined) {
      headers["content-type"] = "application/json"
    }
    const res = await fetch(root + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let parsed = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }

    return { status: res.status, body: parsed }
  }

  async function call(method, path, body) {
    const res = await request(method, path, body)
    if (res.status < 200 || res.status > 299) {
      throw new Error(
        `${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`
      )
    }

    return res.body
  }

  async function waitForInvoice(orderId, timeoutMs = 30_000) {
    const path = `/admin/invoices?order_id=${encodeURIComponent(orderId)}`
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const { invoices } = await call("GET", path)
      const invoice = invoices.find((i) => i.kind !== "credit_note")
      if (invoice) {
        return invoice
      }
      await sleep(300)
    }

    throw new Error(`Order ${orderId} has no invoice after ${timeoutMs} ms.`)
  }

  return { request, call, waitForInvoice }
}

module.exports = { createAdminClient }
