#!/usr/bin/env node
"use strict"

/**
 * `npm run demo`: one command from a fresh clone to a running store with an
 * invoiced order.
 *
 * 1. Database: DATABASE_URL if set, else an embedded PostgreSQL in .data/pg
 *    (kept between runs) with database medusa_invoicing_demo.
 * 2. `medusa db:migrate`, the demo seed, an admin user.
 * 3. `medusa develop` on $PORT (default 9000), output in .data/demo-server.log,
 *    its process group in .data/demo-server.pid (a server that a killed run
 *    left behind is stopped first).
 * 4. A shopper places an order over the Store API; the admin API is polled
 *    for its invoice, and a summary is printed.
 * 5. Serves until Ctrl-C, then stops the server and the database.
 */

const fs = require("fs")
const path = require("path")
const {
  DATA_ROOT,
  ensureDatabase,
  installShutdownHooks,
  parseDatabaseUrl,
  startEmbeddedPostgres,
  toDatabaseUrl,
} = require("./lib/embedded-db")
const {
  ADMIN,
  DATABASE_NAME,
  GERMAN_ADDRESS,
  SHOPPER,
  STORE_FILE,
} = require("./lib/demo-settings")
const { printSummary, say } = require("./lib/demo-output")
const {
  serverDiedMessage,
  startServer,
  stopServer,
  waitUntilHealthy,
} = require("./lib/demo-server")
const { stopLeftoverServer } = require("./lib/demo-server-pid")
const { prepareApp } = require("./lib/demo-setup")
const { isPortFree } = require("./lib/ports")
const { sleep } = require("./lib/process-utils")
const { createStoreClient } = require("./lib/store-client")

const INVOICE_TIMEOUT_MS = 30_000

/**
 * @returns {Promise<{ env: NodeJS.ProcessEnv, stop: () => Promise<void> }>}
 */
async function provideDatabase() {
  const env = { MEDUSA_DISABLE_TELEMETRY: "true", ...process.env }

  if (env.DATABASE_URL) {
    const conn = parseDatabaseUrl(env.DATABASE_URL)
    say(`Database: ${conn.host}:${conn.port}/${conn.database} (DATABASE_URL)`)
    await ensureDatabase(conn, conn.database).catch((err) => {
      say(`  could not check/create ${conn.database}: ${err.message}`)
    })

    return { env, stop: async () => undefined }
  }

  const db = await startEmbeddedPostgres({ dataDir: path.join(".data", "pg") })
  await ensureDatabase(db, DATABASE_NAME)
  env.DATABASE_URL = toDatabaseUrl(db, DATABASE_NAME)
  say(`Database: embedded PostgreSQL on localhost:${db.port}/${DATABASE_NAME}`)

  return { env, stop: db.stop }
}

/**
 * @param {string} baseUrl
 * @returns {Promise<any>} the placed order
 */
async function placeDemoOrder(baseUrl) {
  const seeded = JSON.parse(fs.readFileSync(STORE_FILE, "utf8"))
  const client = createStoreClient({
    baseUrl,
    publishableKey: seeded.publishable_key,
  })

  say(`Logging in the shopper ${SHOPPER.email}...`)
  const token = await client.registerCustomer(SHOPPER)

  say("Placing an EUR order: 2 × Organic Cotton T-Shirt, 1 × Ceramic Mug...")

  return client.placeOrder({
    region_id: seeded.regions.eur,
    email: SHOPPER.email,
    token,
    address: GERMAN_ADDRESS,
    items: [
      { variant_id: seeded.variants.tshirt, quantity: 2 },
      { variant_id: seeded.variants.mug, quantity: 1 },
    ],
  })
}

/**
 * @param {string} baseUrl
 * @returns {Promise<string>} an admin JWT
 */
async function loginAdmin(baseUrl) {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await login.json()
  if (!token) {
    throw new Error(`Admin login failed with HTTP ${login.status}.`)
  }

  return token
}

/**
 * @param {string} baseUrl
 * @param {string} orderId
 * @returns {Promise<any | null>} the invoice, or null after 30 s
 */
async function waitForInvoice(baseUrl, orderId) {
  const token = await loginAdmin(baseUrl)
  const url = `${baseUrl}/admin/invoices?order_id=${encodeURIComponent(orderId)}`
  const deadline = Date.now() + INVOICE_TIMEOUT_MS
  while (Date.now() < deadline) {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
    })
    if (res.ok) {
      const body = await res.json()
      const invoice = body.invoices?.find((i) => i.kind !== "credit_note")
      if (invoice) {
        return invoice
      }
    }
    await sleep(1_000)
  }

  return null
}

/**
 * Waits for the e-mail the local mailbox wrote for the invoice (see
 * `src/providers/local-mailbox`) and returns its files, or null after 30 s.
 *
 * @param {string} invoiceId
 * @returns {Promise<{ message: string, pdf: string } | null>}
 */
async function waitForSentPdf(invoiceId) {
  const outbox = path.join(DATA_ROOT, "outbox")
  for (let i = 0; i < 30; i++) {
    const names = fs.existsSync(outbox) ? fs.readdirSync(outbox) : []
    for (const name of names.filter((n) => n.endsWith(".json"))) {
      const file = path.join(outbox, name)
      const message = JSON.parse(fs.readFileSync(file, "utf8"))
      if (message.data?.id === invoiceId && message.attachments?.[0]) {
        return { message: file, pdf: message.attachments[0].path }
      }
    }
    await sleep(1_000)
  }

  return null
}

/** What has to be stopped on the way out. */
const running = {
  server: null,
  stopDb: async () => undefined,
  stopping: false,
}

async function stopAll() {
  running.stopping = true
  await stopServer(running.server)
  await running.stopDb()
}

async function main() {
  fs.mkdirSync(DATA_ROOT, { recursive: true })
  const port = Number(process.env.PORT || 9000)
  const baseUrl = `http://localhost:${port}`
  installShutdownHooks(stopAll)
  await stopLeftoverServer()

  if (!(await isPortFree(port))) {
    throw new Error(`Port ${port} is in use; stop that server or set PORT.`)
  }

  const database = await provideDatabase()
  running.stopDb = database.stop
  await prepareApp(database.env)

  say(`Starting medusa develop on ${baseUrl} (log: .data/demo-server.log)...`)
  const server = startServer(database.env, port)
  running.server = server
  await waitUntilHealthy(baseUrl, server)

  const order = await placeDemoOrder(baseUrl)
  say(`Order #${order.display_id} placed; waiting for its invoice...`)
  const invoice = await waitForInvoice(baseUrl, order.id)
  const { publishable_key: key } = JSON.parse(
    fs.readFileSync(STORE_FILE, "utf8")
  )
  const sent = invoice ? await waitForSentPdf(invoice.id) : null
  printSummary(baseUrl, order, invoice, key, sent)

  await new Promise((resolve) => server.child.once("exit", resolve))
  if (!running.stopping) {
    throw new Error(serverDiedMessage(server))
  }
}

main().catch(async (err) => {
  if (running.stopping) {
    return // a signal is already shutting everything down
  }
  process.stderr.write(`\n${err?.message ?? err}\n`)
  await stopAll()
  process.exit(1)
})
