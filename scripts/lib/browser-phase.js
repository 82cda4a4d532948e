"use strict"

/**
 * Everything the browser tests need before jest starts, and its teardown:
 *
 * 1. the run directory (.data/browser) and a production build of the app
 *    in it (`medusa build`, reused while src/ and the config are unchanged);
 * 2. a fresh database on the phase's own embedded PostgreSQL
 *    (.data/pg-browser), or on the server named by DB_HOST, migrated and
 *    seeded with the demo store and admin user by the built server's CLI;
 * 3. `medusa start` of the build on a free loopback port, first on a
 *    UTC−11 calendar to issue two invoices with payment terms of 0 days,
 *    then again on a UTC+14 calendar, where those are past due (see
 *    browser-receivables);
 * 4. the environment for jest: BROWSER_BASE_URL, ADMIN_EMAIL,
 *    ADMIN_PASSWORD, PUBLISHABLE_KEY, BROWSER_STORE_FILE,
 *    BROWSER_FIXTURES_FILE, CHROMIUM_PATH.
 */

const fs = require("fs")
const path = require("path")
const { buildApp } = require("./browser-build")
const {
  dropDatabase,
  freshDatabase,
  migrateAndSeed,
  provideServer,
} = require("./browser-database")
const { killCommands } = require("./browser-medusa-cli")
const { seedPastDueInvoices } = require("./browser-receivables")
const { claimRunDir } = require("./browser-run-dir")
const {
  startServer,
  stopServer,
  waitUntilHealthy,
} = require("./browser-server")
const {
  ADMIN,
  DATABASE_NAME,
  PAST_TIMEZONE,
  PRESENT_TIMEZONE,
  runPaths,
} = require("./browser-settings")
const { findFreePort } = require("./ports")
const { PROJECT_ROOT } = require("./project-paths")

/** Variables of the caller's environment the app must not inherit. */
const NOT_FOR_THE_APP = [
  "DB_HOST",
  "DB_PORT",
  "DB_USERNAME",
  "DB_PASSWORD",
  "TEST_TYPE",
  "PORT",
  "NODE_OPTIONS",
]

/**
 * @param {(line: string) => void} say
 * @returns {<T>(label: string, fn: () => Promise<T>) => Promise<T>}
 */
function timedSteps(say) {
  return async (label, fn) => {
    const started = Date.now()
    say(`  ${label}...`)
    const result = await fn()
    say(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)

    return result
  }
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {Record<string, string>} extra
 * @returns {NodeJS.ProcessEnv}
 */
function appEnv(env, extra) {
  const result = { ...env, NODE_ENV: "production", ...extra }
  for (const name of NOT_FOR_THE_APP) {
    delete result[name]
  }

  return result
}

/**
 * @param {string} runDir
 * @returns {Record<string, string>} the run's paths, its logs emptied
 */
function freshRunPaths(runDir) {
  const paths = runPaths(runDir)
  fs.mkdirSync(paths.outbox, { recursive: true })
  for (const log of [paths.setupLog, paths.serverLog]) {
    fs.writeFileSync(log, "")
  }
  fs.rmSync(paths.fixturesFile, { force: true })

  return paths
}

/**
 * Sets the stage for the browser tests. `state` collects what has been
 * started, so that `stopBrowserPhase(state)` can end it at any point, also
 * when this throws half-way.
 *
 * @param {{ env: NodeJS.ProcessEnv, userEnv: NodeJS.ProcessEnv, chromium: string, say: (line: string) => void, state: any }} options
 *   `env` is passed on to the medusa commands, `userEnv` (the caller's
 *   own) says whether DB_HOST names a server to use
 * @returns {Promise<{ testEnv: Record<string, string>, typeErrors: string[] }>}
 * @throws {Error} when a step fails, naming it and the log to read
 */
async function startBrowserPhase({ env, userEnv, chromium, say, state }) {
  const step = timedSteps(say)
  const run = await claimRunDir()
  state.release = run.release
  const paths = freshRunPaths(run.runDir)
  say(`  run directory ${path.relative(PROJECT_ROOT, run.runDir)}`)

  const build = await step("medusa build (server and admin)", () =>
    buildApp(paths, appEnv(env, {}), { force: userEnv.BROWSER_REBUILD === "1" })
  )
  if (build.cached) {
    say("  (build reused: its inputs are unchanged)")
  }

  const db = await provideServer(userEnv)
  state.db = db
  say(`  database server: ${db.description}`)
  const dbName = run.temporary
    ? `${DATABASE_NAME}_${process.pid}`
    : DATABASE_NAME
  if (run.temporary) {
    state.dropDatabase = () => dropDatabase(db, dbName)
  }
  const databaseUrl = await freshDatabase(db, dbName)
  const base = appEnv(env, {
    DATABASE_URL: databaseUrl,
    INVOICING_OUTBOX_DIR: paths.outbox,
  })
  const withZone = (zone) => ({ ...base, INVOICING_TIMEZONE: zone })

  await step("migrations, demo seed, admin user", () =>
    migrateAndSeed({
      cwd: paths.server,
      env: withZone(PAST_TIMEZONE),
      logFile: paths.setupLog,
    })
  )

  const serve = async (zone, label) => {
    const server = startServer({
      serverDir: paths.server,
      port: await findFreePort(),
      env: withZone(zone),
      logFile: paths.serverLog,
      pidFile: paths.serverPid,
      label,
    })
    state.server = server
    await waitUntilHealthy(server)

    return server
  }

  await step(`past-due invoices (server on ${PAST_TIMEZONE})`, async () => {
    const past = await serve(PAST_TIMEZONE, "past-due invoices")
    await seedPastDueInvoices({
      baseUrl: past.baseUrl,
      storeFile: paths.storeFile,
      fixturesFile: paths.fixturesFile,
    })
    await stopServer(past)
  })
  const server = await step(`medusa start (on ${PRESENT_TIMEZONE})`, () =>
    serve(PRESENT_TIMEZONE, "browser tests")
  )
  say(
    `  serving ${server.baseUrl}/app (log: ${path.relative(PROJECT_ROOT, paths.serverLog)})`
  )

  const store = JSON.parse(fs.readFileSync(paths.storeFile, "utf8"))
  const testEnv = {
    BROWSER_BASE_URL: server.baseUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    PUBLISHABLE_KEY: store.publishable_key,
    BROWSER_STORE_FILE: paths.storeFile,
    BROWSER_FIXTURES_FILE: paths.fixturesFile,
    CHROMIUM_PATH: chromium,
  }

  return { testEnv, typeErrors: build.typeErrors }
}

/**
 * Stops what startBrowserPhase started: a medusa command still running,
 * the server, a throwaway database, the embedded PostgreSQL, and gives the
 * run directory back. Safe to call twice. The signals to the commands and
 * the server go out synchronously; should the process exit while this
 * waits for the server, PostgreSQL is signalled on the way out.
 *
 * @param {any} state
 * @returns {Promise<void>}
 */
async function stopBrowserPhase(state) {
  killCommands()
  const stopDbOnExit = () => void state.db?.stop()
  process.once("exit", stopDbOnExit)
  await stopServer(state.server ?? null)
  if (state.dropDatabase) {
    await state.dropDatabase().catch(() => undefined)
    state.dropDatabase = null
  }
  await state.db?.stop()
  process.removeListener("exit", stopDbOnExit)
  state.release?.()
  state.release = null
}

module.exports = { startBrowserPhase, stopBrowserPhase }
