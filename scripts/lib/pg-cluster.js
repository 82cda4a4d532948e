"use strict"

/**
 * The state a cluster's data directory is in before the server starts:
 * never initialised, half initialised by a killed `initdb`, or left with a
 * server (or its pid file) by a run that was killed hard.
 */

const fs = require("fs")
const path = require("path")
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
 * Makes `dataDir` ready for a server to start on: creates the cluster on
 * first use, otherwise clears what a killed run left behind.
 *
 * @param {string} dataDir
 * @param {(port: number) => any} makeServer builds an EmbeddedPostgres
 * @param {(line: string) => void} log
 * @returns {Promise<void>}
 * @throws {Error} when the directory is not ours to clear, or a leftover
 *   server would not stop
 * @example
 * await prepareCluster(dataDir, makeServer, log)
 */
async function prepareCluster(dataDir, makeServer, log) {
  if (isInitialised(dataDir)) {
    await clearStaleServer(dataDir, log)

    return
  }

  clearHalfInitialisedDir(dataDir)
  log(`initialising a new cluster in ${dataDir}`)
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
