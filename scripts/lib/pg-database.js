"use strict"

/**
 * Databases on a running PostgreSQL server, and postgres:// URLs.
 */

const os = require("os")

/**
 * @typedef {object} ConnectionInfo
 * @property {string} host
 * @property {number | string} port
 * @property {string} user
 * @property {string} [password]
 */

/**
 * Connects to `postgres`, or to `template1` on servers without it.
 *
 * @param {ConnectionInfo} connInfo
 * @returns {Promise<import("pg").Client>}
 */
async function connectToMaintenanceDb(connInfo) {
  const { Client } = require("pg")
  for (const database of ["postgres", "template1"]) {
    const client = new Client({
      host: connInfo.host,
      port: Number(connInfo.port),
      user: connInfo.user,
      password: connInfo.password || undefined,
      database,
    })
    try {
      await client.connect()

      return client
    } catch (err) {
      if (err.code !== "3D000" || database === "template1") {
        throw err
      }
    }
  }
}

/**
 * Creates database `name` unless it exists. Connects to the `postgres`
 * maintenance database with the `pg` client that Medusa already depends on.
 *
 * @param {ConnectionInfo} connInfo
 * @param {string} name
 * @returns {Promise<boolean>} true when the database was created
 * @throws {Error} when the server refuses the connection or the CREATE
 * @example
 * await ensureDatabase(db, "medusa_invoicing_demo")
 */
async function ensureDatabase(connInfo, name) {
  const client = await connectToMaintenanceDb(connInfo)
  try {
    const { rowCount } = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [name]
    )
    if (rowCount > 0) {
      return false
    }

    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)

    return true
  } catch (err) {
    // Two callers racing for the same name: the loser sees 42P04.
    if (err.code === "42P04") {
      return false
    }
    throw err
  } finally {
    await client.end()
  }
}

/**
 * Builds a postgres:// URL from connection parts.
 *
 * @param {ConnectionInfo} connInfo
 * @param {string} database
 * @returns {string}
 * @example
 * env.DATABASE_URL = toDatabaseUrl(db, "medusa_invoicing_demo")
 */
function toDatabaseUrl(connInfo, database) {
  const auth = connInfo.password
    ? `${encodeURIComponent(connInfo.user)}:${encodeURIComponent(connInfo.password)}`
    : encodeURIComponent(connInfo.user)

  return `postgres://${auth}@${connInfo.host}:${connInfo.port}/${database}`
}

/**
 * Splits a postgres:// URL into connection parts and the database name.
 *
 * @param {string} url
 * @returns {ConnectionInfo & { database: string }}
 * @example
 * const { host, port, database } = parseDatabaseUrl(process.env.DATABASE_URL)
 */
function parseDatabaseUrl(url) {
  const parsed = new URL(url)

  return {
    host: parsed.hostname,
    port: parsed.port || "5432",
    user: decodeURIComponent(parsed.username || os.userInfo().username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
  }
}

module.exports = { ensureDatabase, parseDatabaseUrl, toDatabaseUrl }
