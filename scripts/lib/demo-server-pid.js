"use strict"

/**
 * A pid file naming the process group of the demo's `medusa develop`, kept
 * while the server runs. A demo killed hard (SIGKILL) cannot stop its
 * server, so the next run reads the file and stops the group left behind.
 */

const fs = require("fs")
const { say } = require("./demo-output")
const { SERVER_PID_FILE } = require("./demo-settings")
const { isAlive, sleep, trySignal } = require("./process-utils")
const { PROJECT_ROOT } = require("./project-paths")

/** How long a leftover server gets for each signal before the next. */
const SIGNAL_TIMEOUT_MS = 5_000

/**
 * @typedef {object} ServerRecord
 * @property {number} pgid the server's process group id
 * @property {number} owner the pid of the demo run that started it
 */

/**
 * Records the process group of a server just started, and this run as its
 * owner.
 *
 * @param {number} pgid the pid of `medusa develop`, which leads its group
 * @example
 * recordServerGroup(child.pid)
 */
function recordServerGroup(pgid) {
  fs.writeFileSync(SERVER_PID_FILE, `${pgid}\n${process.pid}\n`)
}

/**
 * Deletes the record, once the server's group is gone.
 *
 * @example
 * forgetServerGroup()
 */
function forgetServerGroup() {
  fs.rmSync(SERVER_PID_FILE, { force: true })
}

/**
 * @returns {ServerRecord | null} null when there is no readable record
 */
function readServerRecord() {
  try {
    const lines = fs.readFileSync(SERVER_PID_FILE, "utf8").split("\n")
    const [pgid, owner] = lines.map((line) => parseInt(line, 10))

    return pgid > 1 ? { pgid, owner } : null
  } catch {
    return null
  }
}

/**
 * @param {number} pid
 * @returns {string[]} its command line, empty when it is gone
 */
function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")
  } catch {
    return []
  }
}

/**
 * @param {number} pid
 * @returns {boolean} whether `pid` is another demo run, still alive
 */
function isLiveDemo(pid) {
  const args = pid > 0 && pid !== process.pid ? commandLine(pid) : []

  return args.some((arg) => arg.endsWith("demo.js")) && isAlive(pid)
}

/**
 * @param {number} pid
 * @param {number} pgid
 * @returns {boolean} whether `pid` runs, not as a zombie, in group `pgid`
 */
function runsInGroup(pid, pgid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    const [state, , group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ")

    return state !== "Z" && Number(group) === pgid
  } catch {
    return false
  }
}

/**
 * Off Linux there is no /proc to read, so no member is found and nothing is
 * ever signalled.
 *
 * @param {number} pgid
 * @returns {number[]} the live processes of the group
 */
function groupMembers(pgid) {
  let names
  try {
    names = fs.readdirSync("/proc")
  } catch {
    return []
  }

  return names
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => runsInGroup(pid, pgid))
}

/**
 * Whether `pid` is this project's `medusa develop`, or the `medusa start`
 * it forks (which outlives it when develop dies first).
 *
 * @param {number} pid
 * @returns {boolean}
 */
function isOurServer(pid) {
  try {
    const args = commandLine(pid)
    const cwd = fs.realpathSync(`/proc/${pid}/cwd`)
    const isMedusa = args.some((arg) => arg.includes("medusa"))
    const command = args.includes("develop") || args.includes("start")

    return isMedusa && command && cwd === fs.realpathSync(PROJECT_ROOT)
  } catch {
    return false
  }
}

/**
 * @param {number} pgid
 * @param {number} timeoutMs
 * @returns {Promise<boolean>} true once the group has no live process
 */
async function waitForGroupEnd(pgid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (groupMembers(pgid).length > 0 && Date.now() < deadline) {
    await sleep(200)
  }

  return groupMembers(pgid).length === 0
}

/**
 * SIGTERM to the group, SIGKILL when that is not enough.
 *
 * @param {number} pgid
 * @returns {Promise<boolean>} whether the group is gone
 */
async function endGroup(pgid) {
  trySignal(-pgid, "SIGTERM")
  if (await waitForGroupEnd(pgid, SIGNAL_TIMEOUT_MS)) {
    return true
  }
  trySignal(-pgid, "SIGKILL")

  return waitForGroupEnd(pgid, SIGNAL_TIMEOUT_MS)
}

/**
 * Stops the `medusa develop` process group that a demo run killed hard
 * left running, as recorded in the pid file. A record whose group is gone,
 * or now belongs to something else, is just deleted.
 *
 * @returns {Promise<void>}
 * @throws {Error} when the demo run that started the server is still
 *   alive, or the leftover server would not stop
 * @example
 * await stopLeftoverServer()
 */
async function stopLeftoverServer() {
  const record = readServerRecord()
  if (record && isLiveDemo(record.owner)) {
    throw new Error(
      `Another demo run (pid ${record.owner}) is serving the demo store; stop it first.`
    )
  }

  const pgid = record?.pgid
  if (pgid && groupMembers(pgid).some(isOurServer)) {
    say(
      `Stopping the medusa develop (process group ${pgid}) left running by an earlier demo run...`
    )
    if (!(await endGroup(pgid))) {
      throw new Error(
        `The medusa develop left running by an earlier demo run (process group ${pgid}) would not stop; end it yourself, then run again.`
      )
    }
  }

  forgetServerGroup()
}

module.exports = { forgetServerGroup, recordServerGroup, stopLeftoverServer }
