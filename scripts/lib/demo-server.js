"use strict"

/**
 * `medusa develop` serving the demo store, in its own process group, until
 * the demo ends.
 */

const { spawn } = require("child_process")
const fs = require("fs")
const { lastLines } = require("./demo-output")
const { forgetServerGroup, recordServerGroup } = require("./demo-server-pid")
const { MEDUSA_BIN, SERVER_LOG } = require("./demo-settings")
const { sleep, trySignal } = require("./process-utils")
const { PROJECT_ROOT } = require("./project-paths")

const READY_TIMEOUT_MS = 180_000

/**
 * @typedef {object} DemoServer
 * @property {import("child_process").ChildProcess} child `medusa develop`
 * @property {boolean} exited
 * @property {number | string | null} exitCode the exit code or signal
 */

/**
 * Starts `medusa develop` in its own process group, so that it (and the
 * `start` process it forks) can be ended together, and records the group
 * in .data/demo-server.pid until it is stopped. Output goes to the server
 * log.
 *
 * @param {NodeJS.ProcessEnv} env
 * @param {number} port
 * @returns {DemoServer}
 * @example
 * const server = startServer(env, 9000)
 * await waitUntilHealthy("http://localhost:9000", server)
 */
function startServer(env, port) {
  fs.appendFileSync(
    SERVER_LOG,
    `\n--- medusa develop ${new Date().toISOString()}\n`
  )
  const logFd = fs.openSync(SERVER_LOG, "a")
  const child = spawn(MEDUSA_BIN, ["develop", "--no-lint"], {
    cwd: PROJECT_ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", logFd, logFd],
    detached: true,
  })
  fs.closeSync(logFd)
  if (child.pid) {
    recordServerGroup(child.pid)
  }

  const server = { child, exited: false, exitCode: null }
  child.on("exit", (code, signal) => {
    server.exited = true
    server.exitCode = code ?? signal
  })

  return server
}

/**
 * Ends the server's process group: SIGTERM (the forked `start` shuts down
 * gracefully), SIGKILL after 10 s, or 2 s after `medusa develop` itself has
 * exited. The pid file goes once the group is gone. The signal goes out
 * synchronously, so this also works from an 'exit' handler.
 *
 * @param {DemoServer | null} server
 * @returns {Promise<void>}
 * @example
 * await stopServer(server)
 */
function stopServer(server) {
  if (!server?.child.pid) {
    return Promise.resolve()
  }

  const group = -server.child.pid
  if (!trySignal(group, "SIGTERM")) {
    forgetServerGroup()

    return Promise.resolve()
  }

  return new Promise((resolve) => {
    const killGroup = () => {
      trySignal(group, "SIGKILL")
      forgetServerGroup()
      resolve()
    }
    const timer = setTimeout(killGroup, 10_000)
    const afterExit = () => {
      clearTimeout(timer)
      // develop may exit before the `start` it forked has finished
      setTimeout(killGroup, 2_000)
    }
    if (server.exited) {
      afterExit()
    } else {
      server.child.once("exit", afterExit)
    }
  })
}

/**
 * @param {DemoServer} server
 * @returns {string} why the server is gone, with the end of its log
 */
function serverDiedMessage(server) {
  const log = fs.existsSync(SERVER_LOG)
    ? fs.readFileSync(SERVER_LOG, "utf8")
    : ""

  return `medusa develop exited (${server.exitCode}). Last lines of .data/demo-server.log:\n${lastLines(log, 30)}`
}

/**
 * Polls `/health` until it answers 200.
 *
 * @param {string} baseUrl
 * @param {DemoServer} server
 * @returns {Promise<void>}
 * @throws {Error} when the server exits first, or after 180 s
 */
async function waitUntilHealthy(baseUrl, server) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (server.exited) {
      throw new Error(serverDiedMessage(server))
    }
    try {
      const res = await fetch(`${baseUrl}/health`)
      if (res.status === 200) {
        return
      }
    } catch {
      // not listening yet
    }
    await sleep(500)
  }

  throw new Error(
    `The server did not answer /health within ${READY_TIMEOUT_MS / 1000} s; see .data/demo-server.log`
  )
}

module.exports = {
  serverDiedMessage,
  startServer,
  stopServer,
  waitUntilHealthy,
}
