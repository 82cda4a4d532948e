"use strict"

/**
 * `medusa start` serving the production build for the browser tests, bound
 * to the loopback interface, in its own process group. The group is
 * recorded in the run directory while it runs, so that a run killed hard
 * (SIGKILL) leaves a record the next run uses to stop it.
 */

const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const { MEDUSA_BIN } = require("./browser-settings")
const { lastLines } = require("./demo-output")
const { isAlive, sleep, trySignal } = require("./process-utils")
const { PROJECT_ROOT } = require("./project-paths")

const HOST = "127.0.0.1"
const READY_TIMEOUT_MS = 120_000
const STOP_TIMEOUT_MS = 10_000

/**
 * @typedef {object} BrowserServer
 * @property {import("child_process").ChildProcess} child
 * @property {string} baseUrl
 * @property {string} pidFile
 * @property {string} logFile
 * @property {boolean} exited
 * @property {number | string | null} exitCode the exit code or signal
 */

/**
 * Starts `medusa start` in `serverDir` on `port`, output appended to
 * `logFile`.
 *
 * @param {{ serverDir: string, port: number, env: NodeJS.ProcessEnv, logFile: string, pidFile: string, label: string }} options
 * @returns {BrowserServer}
 * @example
 * const server = startServer({ serverDir, port, env, logFile, pidFile, label: "tests" })
 * await waitUntilHealthy(server)
 */
function startServer({ serverDir, port, env, logFile, pidFile, label }) {
  fs.appendFileSync(
    logFile,
    `\n--- medusa start (${label}) ${new Date().toISOString()}\n`
  )
  const logFd = fs.openSync(logFile, "a")
  const args = ["start", "--host", HOST, "--port", String(port)]
  const child = spawn(MEDUSA_BIN, args, {
    cwd: serverDir,
    env,
    stdio: ["ignore", logFd, logFd],
    detached: true,
  })
  fs.closeSync(logFd)
  if (child.pid) {
    fs.writeFileSync(pidFile, `${child.pid}\n${process.pid}\n`)
  }

  const server = {
    child,
    baseUrl: `http://${HOST}:${port}`,
    pidFile,
    logFile,
    exited: false,
    exitCode: null,
  }
  child.on("exit", (code, signal) => {
    server.exited = true
    server.exitCode = code ?? signal
  })

  return server
}

/**
 * @param {BrowserServer} server
 * @returns {string} why the server is gone, with the end of its log
 */
function serverDiedMessage(server) {
  const log = fs.readFileSync(server.logFile, "utf8")
  const where = path.relative(PROJECT_ROOT, server.logFile)

  return `medusa start exited (${server.exitCode}). Last lines of ${where}:\n${lastLines(log, 30)}`
}

/**
 * Polls `/health` until it answers 200.
 *
 * @param {BrowserServer} server
 * @returns {Promise<void>}
 * @throws {Error} when the server exits first, or after 120 s
 */
async function waitUntilHealthy(server) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (server.exited) {
      throw new Error(serverDiedMessage(server))
    }
    try {
      const res = await fetch(`${server.baseUrl}/health`)
      if (res.status === 200) {
        return
      }
    } catch {
      // not listening yet
    }
    await sleep(300)
  }

  throw new Error(
    `medusa start did not answer /health within ${READY_TIMEOUT_MS / 1000} s; see ${server.logFile}`
  )
}

/**
 * Ends the server's process group: SIGTERM (Medusa shuts down gracefully),
 * SIGKILL after 10 s. The signal goes out synchronously, so this also works
 * from an 'exit' handler.
 *
 * @param {BrowserServer | null} server
 * @returns {Promise<void>}
 */
function stopServer(server) {
  if (!server?.child.pid || server.stopped) {
    return server?.stopped ?? Promise.resolve()
  }

  const group = -server.child.pid
  trySignal(group, "SIGTERM")
  server.stopped = new Promise((resolve) => {
    const finish = () => {
      trySignal(group, "SIGKILL") // whatever the server left in its group
      fs.rmSync(server.pidFile, { force: true })
      resolve()
    }
    const timer = setTimeout(finish, STOP_TIMEOUT_MS)
    const afterExit = () => {
      clearTimeout(timer)
      finish()
    }
    if (server.exited) {
      afterExit()
    } else {
      server.child.once("exit", afterExit)
    }
  })

  return server.stopped
}

/**
 * @param {number} pid
 * @returns {{ pgid: number, cwd: string } | null}
 */
function processInfo(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    const [state, , pgid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    if (state === "Z") {
      return null
    }

    return { pgid: Number(pgid), cwd: fs.realpathSync(`/proc/${pid}/cwd`) }
  } catch {
    return null
  }
}

/**
 * @param {number} pgid
 * @param {string} runDir
 * @returns {number[]} live processes of group `pgid` working in `runDir`
 */
function ourGroupMembers(pgid, runDir) {
  const root = fs.realpathSync(runDir)
  let names = []
  try {
    names = fs.readdirSync("/proc").filter((n) => /^\d+$/.test(n))
  } catch {
    return [] // no /proc: nothing can be recognised, nothing is signalled
  }

  return names.map(Number).filter((pid) => {
    const info = processInfo(pid)

    return info?.pgid === pgid && info.cwd.startsWith(root)
  })
}

/**
 * Stops the `medusa start` that a run killed hard left behind in `runDir`,
 * as recorded in its pid file; only processes of that group that work in
 * the run directory are signalled.
 *
 * @param {string} runDir
 * @param {string} pidFile
 * @returns {Promise<void>}
 * @throws {Error} when the run that started it is still alive
 */
async function stopLeftoverServer(runDir, pidFile) {
  let pgid
  let owner
  try {
    ;[pgid, owner] = fs
      .readFileSync(pidFile, "utf8")
      .split("\n")
      .map((l) => parseInt(l, 10))
  } catch {
    return
  }
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `The browser test run ${owner} still serves from ${runDir}; stop it first.`
    )
  }

  for (const signal of ["SIGTERM", "SIGKILL"]) {
    const members = pgid > 1 ? ourGroupMembers(pgid, runDir) : []
    members.forEach((pid) => trySignal(pid, signal))
    for (let i = 0; i < 50 && ourGroupMembers(pgid, runDir).length; i++) {
      await sleep(100)
    }
  }
  fs.rmSync(pidFile, { force: true })
}

module.exports = {
  startServer,
  stopLeftoverServer,
  stopServer,
  waitUntilHealthy,
}
