"use strict"

/**
 * The browser phase's database: a fresh one on every run, migrated and
 * seeded by the built server's own medusa CLI (the demo's seed and admin
 * user), so the tests start from a known state.
 */

const path = require("path")
const {
  ensureDatabase,
  startEmbeddedPostgres,
  toDatabaseUrl,
} = require("./embedded-db")
const { runMedusaOrThrow } = require("./browser-medusa-cli")
const { ADMIN, PG_DATA_DIR } = require("./browser-settings")
const { PROJECT_ROOT } = require("./project-paths")

/**
 * @typedef {object} DatabaseServer
 * @property {string} host
 * @property {number | string} port
 * @property {string} user
 * @property {string} password
 * @property {string} description for progress lines
 * @property {() => Promise<void>} stop stops it if we started it
 */

/**
 * The server named by DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as for the
 * http tests), else an embedded PostgreSQL in .data/pg-browser.
 *
 * @param {NodeJS.ProcessEnv} env the environment the user gave us
 * @returns {Promise<DatabaseServer>}
 */
async function provideServer(env) {
  if (env.DB_HOST) {
    return {
      host: env.DB_HOST,
      port: env.DB_PORT || "5432",
      user: env.DB_USERNAME || "postgres",
      password: env.DB_PASSWORD || "",
      description: `PostgreSQL at ${env.DB_HOST}:${env.DB_PORT || 5432}`,
      stop: async () => undefined,
    }
  }

  const db = await startEmbeddedPostgres({
    dataDir: PG_DATA_DIR,
    fast: true,
    ifBusy: "temporary",
  })
  const log = path.relative(PROJECT_ROOT, db.logFile)

  return {
    ...db,
    description: `embedded PostgreSQL on localhost:${db.port} (log: ${log})`,
  }
}

/**
 * @param {DatabaseServer} server
 * @param {string} sql
 * @returns {Promise<void>}
 */
async function runOnMaintenanceDb(server, sql) {
  const { Client } = require("pg")
  const client = new Client({
    host: server.host,
    port: Number(server.port),
    user: server.user,
    password: server.password || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * Drops database `name` (closing its connections) if it exists.
 *
 * @param {DatabaseServer} server
 * @param {string} name
 * @returns {Promise<void>}
 */
function dropDatabase(server, name) {
  const quoted = `"${name.replace(/"/g, '""')}"`

  return runOnMaintenanceDb(
    server,
    `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`
  )
}

/**
 * Creates database `name` afresh and returns its URL.
 *
 * @param {DatabaseServer} server
 * @param {string} name
 * @returns {Promise<string>}
 */
async function freshDatabase(server, name) {
  await dropDatabase(server, name)
  await ensureDatabase(server, name)

  return toDatabaseUrl(server, name)
}

/**
 * Migrates the database and seeds the demo store and the admin user, with
 * the medusa CLI of the built server.
 *
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, logFile: string }} options
 *   `cwd` is the built server's directory
 * @returns {Promise<void>}
 * @throws {Error} naming the step that failed, with the end of its output
 */
async function migrateAndSeed(options) {
  await runMedusaOrThrow("Migrating the database", ["db:migrate"], options)
  const seed = ["exec", "./src/scripts/seed-demo.js"]
  await runMedusaOrThrow("Seeding the demo store", seed, options)
  const user = ["user", "-e", ADMIN.email, "-p", ADMIN.password]
  await runMedusaOrThrow("Creating the admin user", user, options)
}

module.exports = { dropDatabase, freshDatabase, migrateAndSeed, provideServer }
