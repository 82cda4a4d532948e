"use strict"

/**
 * What the browser test phase creates and where it keeps it. Everything
 * lives under .data/ (git-ignored), apart from the demo's own files.
 */

const path = require("path")
const { ADMIN } = require("./demo-settings")
const { DATA_ROOT, PROJECT_ROOT } = require("./project-paths")

/** The run directory; a second, concurrent run gets `<RUN_DIR>-<pid>`. */
const RUN_DIR = path.join(DATA_ROOT, "browser")
/** Data directory of the phase's own embedded PostgreSQL. */
const PG_DATA_DIR = path.join(".data", "pg-browser")
const DATABASE_NAME = "medusa_invoicing_browser"
const MEDUSA_BIN = path.join(PROJECT_ROOT, "node_modules", ".bin", "medusa")

/**
 * What `medusa build` compiles, relative to the project root: a copy of
 * these is built in the run directory, so the build never touches the
 * plugin build in the project's own .medusa/server.
 */
const BUILD_INPUTS = [
  "src",
  "medusa-config.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
]

/**
 * Seller time zones of the two server boots. Invoices issued under the
 * first (UTC−11) fall due on a calendar date that is already one or two
 * days past under the second (UTC+14): real overdue invoices without
 * touching a clock or a database row.
 */
const PAST_TIMEZONE = "Pacific/Pago_Pago"
const PRESENT_TIMEZONE = "Pacific/Kiritimati"

/**
 * @param {string} runDir
 * @returns {Record<string, string>} the paths inside one run directory
 */
function runPaths(runDir) {
  const app = path.join(runDir, "app")
  const server = path.join(app, ".medusa", "server")

  return {
    app,
    server,
    buildStamp: path.join(runDir, "build.json"),
    buildLog: path.join(runDir, "build.log"),
    setupLog: path.join(runDir, "setup.log"),
    serverLog: path.join(runDir, "server.log"),
    serverPid: path.join(runDir, "server.pid"),
    outbox: path.join(runDir, "outbox"),
    storeFile: path.join(server, ".data", "demo-store.json"),
    fixturesFile: path.join(runDir, "fixtures.json"),
  }
}

module.exports = {
  ADMIN,
  BUILD_INPUTS,
  DATABASE_NAME,
  MEDUSA_BIN,
  PAST_TIMEZONE,
  PG_DATA_DIR,
  PRESENT_TIMEZONE,
  RUN_DIR,
  runPaths,
}
