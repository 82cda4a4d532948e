"use strict"

/**
 * The browser phase's run directory (.data/browser): the app build, logs,
 * the server's pid file. One run owns it at a time (an owner file, as for
 * the embedded PostgreSQL's data directories); a concurrent run works in a
 * throwaway `.data/browser-<pid>` that is deleted when it ends.
 */

const fs = require("fs")
const path = require("path")
const { stopLeftoverServer } = require("./browser-server")
const { RUN_DIR, runPaths } = require("./browser-settings")
const { claimDataDir, releaseDataDir } = require("./pg-data-dir")
const { isAlive } = require("./process-utils")

/**
 * Servers left running by throwaway run directories of runs that are gone.
 */
async function stopServersOfDeadRuns() {
  const parent = path.dirname(RUN_DIR)
  const pattern = new RegExp(`^${path.basename(RUN_DIR)}-(\\d+)$`)
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    const pid = Number(pattern.exec(name)?.[1])
    if (pid && pid !== process.pid && !isAlive(pid)) {
      const dir = path.join(parent, name)
      await stopLeftoverServer(dir, runPaths(dir).serverPid)
    }
  }
}

/**
 * Claims the run directory, stopping a server that a killed run left in it.
 *
 * @returns {Promise<{ runDir: string, temporary: boolean, release: () => void }>}
 * @example
 * const { runDir, release } = await claimRunDir()
 */
async function claimRunDir() {
  fs.mkdirSync(RUN_DIR, { recursive: true })
  await stopServersOfDeadRuns()
  const { dataDir, temporary } = await claimDataDir(RUN_DIR, "temporary")
  fs.mkdirSync(dataDir, { recursive: true })
  await stopLeftoverServer(dataDir, runPaths(dataDir).serverPid)

  return {
    runDir: dataDir,
    temporary,
    release: () => releaseDataDir(dataDir, temporary),
  }
}

module.exports = { claimRunDir }
