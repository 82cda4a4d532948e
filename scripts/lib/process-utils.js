"use strict"

/**
 * Small helpers for waiting on and signalling other processes.
 */

const fs = require("fs")

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Rejects when `promise` has not settled within `ms` milliseconds.
 *
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 * @example
 * await withTimeout(server.start(), 60_000)
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
 * Sends `signal` to `pid` (a negative pid is a process group).
 *
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 * @returns {boolean} false when there was no such process
 */
function trySignal(pid, signal) {
  try {
    process.kill(pid, signal)

    return true
  } catch {
    return false
  }
}

/**
 * Whether `pid` runs and is not a zombie waiting to be reaped.
 *
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
 * Sends `signal` to `pid` and waits until it is gone, at most `timeoutMs`.
 *
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 * @param {number} timeoutMs
 * @returns {Promise<void>}
 */
async function signalAndWait(pid, signal, timeoutMs) {
  if (!trySignal(pid, signal)) {
    return
  }

  const deadline = Date.now() + timeoutMs
  while (isAlive(pid) && Date.now() < deadline) {
    await sleep(100)
  }
}

module.exports = { isAlive, signalAndWait, sleep, trySignal, withTimeout }
