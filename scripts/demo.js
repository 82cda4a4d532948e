#!/usr/bin/env node
"use strict"

/**
 * `npm run demo`: one command from a fresh clone to a running store with an
 * invoiced order.
 *
 * 1. Database: DATABASE_URL if set, else an embedded PostgreSQL in .data/pg
 *    (kept between runs) with database medusa_invoicing_demo.
 * 2. `medusa db:migrate`, the demo seed, an admin user.
 * 3. `medusa develop` on $PORT (default 9000), output in .data/demo-server.log.
 * 4. A shopper places an order over the Store API; the admin API is polled
 *    for its invoice, and a summary is printed.
 * 5. Serves until Ctrl-C, then stops the server and the database.
 */

const { spawn } = require("child_process")
const fs = require("fs")
const net = require("net")
const path = require("path")
const {
  PROJECT_ROOT,
  ensureDatabase,
  installShutdownHooks,
  parseDatabaseUrl,
  startEmbeddedPostgres,
  toDatabaseUrl,
} = require("./lib/embedded-db")
const { createStoreClient } = require("./lib/store-client")

const DATABASE_NAME = "medusa_invoicing_demo"
const DATA_DIR = path.join(PROJECT_ROOT, ".data")
const SETUP_LOG = path.join(DATA_DIR, "demo-setup.log")
const SERVER_LOG = path.join(DATA_DIR, "demo-server.log")
const STORE_FILE = path.join(DATA_DIR, "demo-store.json")
const MEDUSA_BIN = path.join(PROJECT_ROOT, "node_modules", ".bin", "medusa")
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const SHOPPER = {
  email: "shopper@example.com",
  password: "supersecret",
  first_name: "Erika",
  last_name: "Mustermann",
}
const GERMAN_ADDRESS = {
  first_name: "Erika",
  last_name: "Mustermann",
  address_1: "Heidestraße 17",
  city: "Köln",
  postal_code: "51147",
  country_code: "de",
}
const READY_TIMEOUT_MS = 180_000
const INVOICE_TIMEOUT_MS = 30_000

const say = (line = "") => process.stdout.write(`${line}\n`)

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
 * Runs a medusa CLI command to completion, output appended to the setup log.
 *
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number, output: string }>}
 */
function runMedusa(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    const collect = (chunk) => {
      output += chunk
      fs.appendFileSync(SETUP_LOG, chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code) => resolve({ code: code ?? 1, output }))
  })
}

/**
 * @param {string} text
 * @param {number} count
 * @returns {string}
 */
function lastLines(text, count) {
  return text.trimEnd().split("\n").slice(-count).join("\n")
}

/**
 * @param {NodeJS.ProcessEnv} env
 */
async function prepareApp(env) {
  fs.appendFileSync(SETUP_LOG, `\n--- demo setup ${new Date().toISOString()}\n`)
  const steps = [
    ["Migrating the database", ["db:migrate"]],
    ["Seeding the demo store", ["exec", "./src/scripts/seed-demo.ts"]],
  ]
  for (const [label, args] of steps) {
    say(`${label}...`)
    const { code, output } = await runMedusa(args, env)
    if (code !== 0) {
      throw new Error(
        `${label} failed (medusa ${args.join(" ")}, exit ${code}):\n${lastLines(output, 30)}`
      )
    }
  }

  say("Creating the admin user...")
  const userArgs = ["user", "-e", ADMIN.email, "-p", ADMIN.password]
  const { code, output } = await runMedusa(userArgs, env)
  if (code !== 0 && !/already exists/i.test(output)) {
    throw new Error(`Creating the admin user failed:\n${lastLines(output, 30)}`)
  }
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

/**
 * Starts `medusa develop` in its own process group, so that it (and the
 * `start` process it forks) can be ended together.
 *
 * @param {NodeJS.ProcessEnv} env
 * @param {number} port
 */
function startServer(env, port) {
  fs.appendFileSync(
    SERVER_LOG,
    `\n--- medusa develop ${new Date().toISOString()}\n`
  )
  const logFd = fs.openSync(SERVER_LOG, "a")
  const child = spawn(MEDUSA_BIN, ["develop", "--no-lint"], {
    cwd: PROJECT_ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", logFd, logFd],
    detached: true,
  })
  fs.closeSync(logFd)

  const server = { child, exited: false, exitCode: null }
  child.on("exit", (code, signal) => {
    server.exited = true
    server.exitCode = code ?? signal
  })

  return server
}

/**
 * Ends the server's process group: SIGTERM (the forked `start` shuts down
 * gracefully), SIGKILL after 10 s. The signal goes out synchronously, so
 * this also works from an 'exit' handler.
 *
 * @returns {Promise<void>}
 */
function stopServer(server) {
  if (!server || server.exited) {
    return Promise.resolve()
  }

  const group = -server.child.pid
  const signal = (sig) => {
    try {
      process.kill(group, sig)
    } catch {
      // the group is already gone
    }
  }
  signal("SIGTERM")

  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal("SIGKILL")
      resolve()
    }, 10_000)
    server.child.once("exit", () => {
      clearTimeout(timer)
      // develop may exit before the `start` it forked has finished
      setTimeout(() => {
        signal("SIGKILL")
        resolve()
      }, 2_000)
    })
  })
}

/**
 * @param {string} baseUrl
 * @param {{ exited: boolean }} server
 */
async function waitUntilHealthy(baseUrl, server) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (server.exited) {
      throw new Error(serverDiedMessage(server))
    }
    try {
      const res = await fetch(`${baseUrl}/health`)
      if (res.status === 200) {
        return
      }
    } catch {
      // not listening yet
    }
    await sleep(500)
  }

  throw new Error(
    `The server did not answer /health within ${READY_TIMEOUT_MS / 1000} s; see .data/demo-server.log`
  )
}

function serverDiedMessage(server) {
  const log = fs.existsSync(SERVER_LOG)
    ? fs.readFileSync(SERVER_LOG, "utf8")
    : ""

  return `medusa develop exited (${server.exitCode}). Last lines of .data/demo-server.log:\n${lastLines(log, 30)}`
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
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
 * @param {string} orderId
 * @returns {Promise<any | null>} the invoice, or null after 30 s
 */
async function waitForInvoice(baseUrl, orderId) {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await login.json()
  if (!token) {
    throw new Error(`Admin login failed with HTTP ${login.status}.`)
  }

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
 * @param {any} amount a number, a numeric string or a BigNumber-ish value
 * @param {string} currency
 * @returns {string}
 */
function formatMoney(amount, currency) {
  const value = Number(amount?.value ?? amount)
  try {
    return new Intl.NumberFormat("en", {
      style: "currency",
      currency: currency.toUpperCase(),
    }).format(value)
  } catch {
    return `${value} ${currency.toUpperCase()}`
  }
}

function printSummary(baseUrl, order, invoice) {
  const rule = "─".repeat(60)
  say()
  say(rule)
  say(`  Order         #${order.display_id} (${order.id})`)
  if (invoice) {
    say(`  Invoice       ${invoice.number}`)
    say(`  Status        ${invoice.display_status}`)
    say(`  Total         ${formatMoney(invoice.total, invoice.currency_code)}`)
    say(`  Due date      ${invoice.due_date}`)
  } else {
    say("  Invoice       not found after 30 s; see .data/demo-server.log")
    say(`  Order total   ${formatMoney(order.total, order.currency_code)}`)
  }
  say()
  say(`  Admin         ${baseUrl}/app`)
  say(`                ${ADMIN.email} / ${ADMIN.password}`)
  say(`  Customer      ${SHOPPER.email} / ${SHOPPER.password}`)
  say(`  Server log    .data/demo-server.log`)
  say(rule)
  say("Serving until Ctrl-C.")
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
  fs.mkdirSync(DATA_DIR, { recursive: true })
  const port = Number(process.env.PORT || 9000)
  const baseUrl = `http://localhost:${port}`
  installShutdownHooks(stopAll)

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
  printSummary(baseUrl, order, invoice)

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
