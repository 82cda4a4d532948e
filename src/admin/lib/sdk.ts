import Medusa from "@medusajs/js-sdk"

/**
 * Client for the admin's own backend. The admin panel is served by the
 * Medusa server, so relative URLs reach it with the admin's session cookie.
 */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
