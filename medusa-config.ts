import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const cors = "http://localhost:9000,http://localhost:5173,http://localhost:8000"

/**
 * Development app: runs this repository as a Medusa application that loads
 * the plugin's module straight from `./src`. A host store registers the
 * built plugin instead (see README, "Install into an existing Medusa app").
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || cors,
      adminCors: process.env.ADMIN_CORS || cors,
      authCors: process.env.AUTH_CORS || cors,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  modules: [
    {
      // The development app "sends" e-mail into a folder (see README).
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/providers/local-mailbox",
            id: "local-mailbox",
            options: {
              channels: ["email"],
              dir: process.env.INVOICING_OUTBOX_DIR || ".data/outbox",
            },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["feed"] },
          },
        ],
      },
    },
    {
      resolve: "./src/modules/invoicing",
      options: {
        seller: {
          name: "Demo Goods GmbH",
          address_1: "Beispielstraße 1",
          postal_code: "10115",
          city: "Berlin",
          country_code: "de",
          vat_number: "DE123456789",
          email: "billing@demo-goods.example",
        },
        payment_terms_days: 14,
        timezone: process.env.INVOICING_TIMEZONE || "Europe/Berlin",
        // Off by default, as much of Europe requires credit notes instead.
        allow_void: process.env.INVOICING_ALLOW_VOID === "true",
      },
    },
  ],
})
