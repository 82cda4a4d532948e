"use strict"

/**
 * A small client for Medusa's Store API, over the global `fetch`. The demo
 * uses it to play a shopper; the HTTP integration tests use it to place real
 * orders the way a storefront would.
 */

/**
 * @typedef {object} Address
 * @property {string} first_name
 * @property {string} last_name
 * @property {string} address_1
 * @property {string} city
 * @property {string} postal_code
 * @property {string} country_code lower-case ISO 2, e.g. "de"
 * @property {string} [address_2]
 * @property {string} [company]
 * @property {string} [province]
 * @property {string} [phone]
 */

/**
 * @typedef {object} LineItemInput
 * @property {string} variant_id
 * @property {number} quantity
 */

/**
 * @typedef {object} PlaceOrderInput
 * @property {string} region_id
 * @property {LineItemInput[]} items
 * @property {string} email
 * @property {string} [token] a customer's JWT; without it the order is a
 *   guest order
 * @property {Address} address used as shipping and billing address
 * @property {string} [provider_id] payment provider, default
 *   "pp_system_default"
 */

/**
 * @typedef {object} StoreResponse
 * @property {number} status
 * @property {any} body parsed JSON, or the raw text when it is not JSON
 */

/**
 * @typedef {object} StoreClient
 * @property {(method: string, path: string, options?: { body?: unknown, token?: string, query?: Record<string, string> }) => Promise<StoreResponse>} request
 *   Sends one request and never throws on an HTTP error status.
 * @property {(input: { email: string, password: string, first_name?: string, last_name?: string }) => Promise<string>} registerCustomer
 *   Registers (or, if the e-mail is known, logs in) a customer; returns a
 *   customer JWT.
 * @property {(input: { email: string, password: string }) => Promise<string>} login
 *   Logs a customer in; returns a customer JWT.
 * @property {(input: PlaceOrderInput) => Promise<string>} prepareCart
 *   Creates a cart with items, addresses, the first shipping option and a
 *   payment session, ready to complete; returns the cart id.
 * @property {(cartId: string, token?: string) => Promise<any>} completeCart
 *   Completes a prepared cart; returns the order, throws when the answer is
 *   not an order.
 * @property {(input: PlaceOrderInput) => Promise<any>} placeOrder
 *   prepareCart then completeCart; returns the order.
 */

class StoreApiError extends Error {
  /**
   * @param {string} what
   * @param {StoreResponse} response
   */
  constructor(what, response) {
    const body =
      typeof response.body === "string"
        ? response.body
        : JSON.stringify(response.body)
    super(`${what} failed with HTTP ${response.status}: ${body}`)
    this.name = "StoreApiError"
    this.status = response.status
    this.body = response.body
  }
}

/**
 * Creates a Store API client. Every request carries the publishable API key.
 *
 * @param {{ baseUrl: string, publishableKey: string }} options
 * @returns {StoreClient}
 * @example
 * const client = createStoreClient({
 *   baseUrl: "http://localhost:9000",
 *   publishableKey: store.publishable_key,
 * })
 * const token = await client.registerCustomer({ email, password })
 * const order = await client.placeOrder({ region_id, items, email, token, address })
 */
function createStoreClient({ baseUrl, publishableKey }) {
  const root = baseUrl.replace(/\/+$/, "")

  async function request(method, path, { body, token, query } = {}) {
    const url = new URL(root + path)
    for (const [key, value] of Object.entries(query ?? {})) {
      url.searchParams.set(key, value)
    }
    const headers = { "x-publishable-api-key": publishableKey }
    if (body !== undefined) {
      headers["content-type"] = "application/json"
    }
    if (token) {
      headers.authorization = `Bearer ${token}`
    }

    const res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()

    return { status: res.status, body: parseBody(text) }
  }

  async function expectOk(what, method, path, options) {
    const response = await request(method, path, options)
    if (response.status < 200 || response.status > 299) {
      throw new StoreApiError(`${what} (${method} ${path})`, response)
    }

    return response.body
  }

  async function login({ email, password }) {
    const body = await expectOk(
      "Customer login",
      "POST",
      "/auth/customer/emailpass",
      { body: { email, password } }
    )

    return tokenFrom(body, "Customer login")
  }

  async function registerCustomer({ email, password, first_name, last_name }) {
    const registered = await request(
      "POST",
      "/auth/customer/emailpass/register",
      { body: { email, password } }
    )
    let token
    if (registered.status === 200) {
      token = tokenFrom(registered.body, "Customer registration")
    } else if (isIdentityTaken(registered)) {
      token = await login({ email, password })
      if (actorIdOf(token)) {
        return token // registered before, customer exists
      }
    } else {
      throw new StoreApiError("Customer registration", registered)
    }

    // The token has no customer yet: create it, then log in again to get a
    // token that carries the customer id.
    await expectOk("Creating the customer", "POST", "/store/customers", {
      body: { email, first_name, last_name },
      token,
    })

    return login({ email, password })
  }

  async function prepareCart(input) {
    const { region_id, items, email, token, address } = input
    const options = { token }

    const { cart } = await expectOk(
      "Creating the cart",
      "POST",
      "/store/carts",
      { ...options, body: { region_id, items, email } }
    )
    await expectOk("Setting the addresses", "POST", `/store/carts/${cart.id}`, {
      ...options,
      body: { email, shipping_address: address, billing_address: address },
    })
    await addFirstShippingMethod(cart.id, options)
    await createPaymentSession(cart.id, input.provider_id, options)

    return cart.id
  }

  async function completeCart(cartId, token) {
    const path = `/store/carts/${cartId}/complete`
    const done = await expectOk("Completing the cart", "POST", path, { token })
    if (done?.type !== "order" || !done.order) {
      throw new StoreApiError(`Completing the cart (POST ${path})`, {
        status: 200,
        body: done,
      })
    }

    return done.order
  }

  async function placeOrder(input) {
    const cartId = await prepareCart(input)

    return completeCart(cartId, input.token)
  }

  async function addFirstShippingMethod(cartId, options) {
    const { shipping_options: shippingOptions } = await expectOk(
      "Listing shipping options",
      "GET",
      "/store/shipping-options",
      { ...options, query: { cart_id: cartId } }
    )
    if (!shippingOptions?.length) {
      throw new Error(`No shipping option is available for cart ${cartId}.`)
    }

    await expectOk(
      "Adding the shipping method",
      "POST",
      `/store/carts/${cartId}/shipping-methods`,
      { ...options, body: { option_id: shippingOptions[0].id } }
    )
  }

  async function createPaymentSession(cartId, providerId, options) {
    const { payment_collection: collection } = await expectOk(
      "Creating the payment collection",
      "POST",
      "/store/payment-collections",
      { ...options, body: { cart_id: cartId } }
    )
    await expectOk(
      "Creating the payment session",
      "POST",
      `/store/payment-collections/${collection.id}/payment-sessions`,
      { ...options, body: { provider_id: providerId ?? "pp_system_default" } }
    )
  }

  return {
    request,
    registerCustomer,
    login,
    prepareCart,
    completeCart,
    placeOrder,
  }
}

/**
 * @param {string} text
 * @returns {any}
 */
function parseBody(text) {
  if (!text) {
    return null
  }

  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * @param {any} body
 * @param {string} what
 * @returns {string}
 */
function tokenFrom(body, what) {
  if (body?.mfa_required || body?.verification_required) {
    throw new Error(`${what} needs a second step (MFA or verification).`)
  }
  if (typeof body?.token !== "string") {
    throw new Error(`${what} returned no token: ${JSON.stringify(body)}`)
  }

  return body.token
}

/**
 * Medusa answers a second registration of the same e-mail with 401
 * "Identity with email already exists".
 *
 * @param {StoreResponse} response
 * @returns {boolean}
 */
function isIdentityTaken(response) {
  const message = String(response.body?.message ?? response.body ?? "")

  return response.status === 401 && /already exists/i.test(message)
}

/**
 * Reads `actor_id` from a JWT's payload (no verification: the server
 * issued it to us a moment ago).
 *
 * @param {string} token
 * @returns {string}
 */
function actorIdOf(token) {
  try {
    const payload = token.split(".")[1]

    return JSON.parse(Buffer.from(payload, "base64url").toString()).actor_id
  } catch {
    return ""
  }
}

module.exports = { createStoreClient, StoreApiError }
