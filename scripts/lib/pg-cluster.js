"use strict"

/**
 * The state a cluster's data directory is in before the server starts:
 * never initialised, half initialised by a killed `initdb`, or left with a
 * server (or its pid file) by a run that was killed hard.
 */

const fs = require("fs")
const path = require("path")
const { foreignEntries } = require("./pg-failed-init")
const { isAlive, signalAndWait } = require("./process-utils")
const { DATA_ROOT } = require("./project-paths")

/** How long a postmaster gets for a fast shutdown before SIGQUIT. */
const STOP_TIMEOUT_MS = 15_000

/**
 * @param {string} dataDir
 * @returns {boolean}
 */
function isInitialised(dataDir) {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"))
}

/**
 * Writes `line` to the terminal as well as to the server log.
 *
 * @param {string} line
 * @param {(line: string) => void} log
 */
function announce(line, log) {
  log(line)
  process.stderr.write(`${line}\n`)
}

/**
 * @param {string} dataDir
 * @param {string[]} foreign what a failed initdb would not have left
 * @returns {Error}
 */
function damagedClusterError(dataDir, foreign) {
  const shown = foreign.slice(0, 3).join(", ")
  const more = foreign.length > 3 ? `, and ${foreign.length - 3} more` : ""

  return new Error(
    `${dataDir} has no PG_VERSION but holds more than a failed initdb leaves (${shown}${more}). It may be a damaged PostgreSQL cluster with your data, so it was left untouched. Move it somewhere else, or delete it yourself if you do not need its data, then run again.`
  )
}

/**
 * A data directory without PG_VERSION that holds only empty directories is
 * what a killed `initdb` leaves; initdb refuses a non-empty directory, so
 * clear it, but only inside .data/. Anything more may be a damaged cluster
 * holding the demo's orders and invoices, which we never delete.
 *
 * @param {string} dataDir
 * @param {(line: string) => void} log
 * @throws {Error} when the directory holds more than a failed initdb leaves,
 *   or lies outside .data/
 */
function clearFailedInit(dataDir, log) {
  if (!fs.existsSync(dataDir) || fs.readdirSync(dataDir).length === 0) {
    return
  }

  const foreign = foreignEntries(dataDir)
  if (foreign.length > 0) {
    throw damagedClusterError(dataDir, foreign)
  }
  if (!dataDir.startsWith(DATA_ROOT + path.sep)) {
    throw new Error(
      `${dataDir} is not empty and holds no PostgreSQL cluster; remove it or choose another data directory.`
    )
  }

  announce(
    `${dataDir} holds only the empty directories of a failed initdb; clearing it.`,
    log
  )
  fs.rmSync(dataDir, { recursive: true, force: true })
}

/**
 * Makes `dataDir` ready for a server to start on: creates the cluster on
 * first use, otherwise clears what a killed run left behind.
 *
 * @param {string} dataDir
 * @param {(port: number) => any} makeServer builds an EmbeddedPostgres
 * @param {(line: string) => void} log
 * @returns {Promise<void>}
 * @throws {Error} when the directory has no cluster but is not ours to
 *   clear, or a leftover server would not stop
 * @example
 * await prepareCluster(dataDir, makeServer, log)
 */
async function prepareCluster(dataDir, makeServer, log) {
  if (isInitialised(dataDir)) {
    await clearStaleServer(dataDir, log)

    return
  }

  clearFailedInit(dataDir, log)
  announce(`Initialising a new PostgreSQL cluster in ${dataDir}`, log)
  await makeServer(0).initialise()
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
 * @param {number} pid
 * @param {string} dataDir
 * @returns {boolean}
 */
function isLivePostmaster(pid, dataDir) {
  return pid > 0 && isAlive(pid) && isPostmasterOf(pid, dataDir)
}

/**
 * A run that was killed hard (SIGKILL, a closed terminal) leaves either a
 * postmaster still running on the data directory or a postmaster.pid whose
 * process is gone. Shut the former down, delete the latter.
 *
 * @param {string} dataDir
 * @param {(line: string) => void} log
 * @returns {Promise<void>}
 * @throws {Error} when the leftover server would not stop
 * @example
 * await clearStaleServer(dataDir, () => undefined)
 */
async function clearStaleServer(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return
  }

  const pid = parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0], 10)
  if (isLivePostmaster(pid, dataDir)) {
    log(`stopping leftover postgres ${pid} on ${dataDir}`)
    await signalAndWait(pid, "SIGINT", STOP_TIMEOUT_MS)
    if (isAlive(pid)) {
      await signalAndWait(pid, "SIGQUIT", 5_000)
    }
  }

  if (isLivePostmaster(pid, dataDir)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) still runs on ${dataDir} and would not stop.`
    )
  }

  fs.rmSync(pidFile, { force: true })
}

module.exports = { STOP_TIMEOUT_MS, clearStaleServer, prepareCluster }
