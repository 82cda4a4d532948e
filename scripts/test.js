#!/usr/bin/env node
"use strict"

/**
 * `npm test`: unit tests, then the HTTP integration tests against a real
 * PostgreSQL, then the browser tests of the admin UI.
 *
 * Without DB_HOST in the environment an embedded PostgreSQL is started on a
 * free port with its own data directory (.data/pg-test, never the demo's),
 * and the DB_* variables that @medusajs/test-utils reads are set for jest.
 * With DB_HOST set, that server is used as is.
 *
 * The browser phase builds the app (`medusa build`), serves it with
 * `medusa start` on a fresh, seeded database (its own embedded PostgreSQL
 * in .data/pg-browser, or the DB_HOST server) and drives the admin in
 * Chromium (CHROMIUM_PATH, else /usr/bin/chromium) through playwright-core;
 * see scripts/lib/browser-phase.js. Without Chromium the phase is skipped,
 * except under CI=true, where that is a failure.
 *
 *   node scripts/test.js                 all three phases
 *   node scripts/test.js --unit          unit tests only (no database)
 *   node scripts/test.js --http          integration:http only
 *   node scripts/test.js --browser       browser tests only
 *   node scripts/test.js invoice -t "x"  extra arguments go to jest
 *
 * BROWSER_REBUILD=1 rebuilds the app even when its inputs are unchanged.
 *
 * A closing line "Total: N passed, N failed, N skipped" sums up all phases.
 */

const { spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { checkBrowserPrerequisites } = require("./lib/browser-prerequisites")
const { startBrowserPhase, stopBrowserPhase } = require("./lib/browser-phase")
const {
  PROJECT_ROOT,
  installShutdownHooks,
  startEmbeddedPostgres,
} = require("./lib/embedded-db")

const PHASES = [
  { name: "unit", testType: "unit", needsDb: false, passWithNoTests: true },
  {
    name: "http",
    testType: "integration:http",
    needsDb: true,
    passWithNoTests: false,
  },
  // Brings its own server and database (scripts/lib/browser-phase.js).
  {
    name: "browser",
    testType: "browser",
    needsDb: false,
    passWithNoTests: false,
  },
]
const PHASE_FLAGS = PHASES.map((p) => `--${p.name}`)

/**
 * @param {string[]} argv
 * @returns {{ phases: typeof PHASES, jestArgs: string[] }}
 */
function parseArgs(argv) {
  const only = argv.filter((a) => PHASE_FLAGS.includes(a))
  const jestArgs = argv.filter((a) => !PHASE_FLAGS.includes(a))
  const phases = only.length
    ? PHASES.filter((p) => only.includes(`--${p.name}`))
    : PHASES

  return { phases, jestArgs }
}

/**
 * @param {{ testType: string, passWithNoTests: boolean }} phase
 * @param {string[]} jestArgs
 * @param {NodeJS.ProcessEnv} env
 * @param {string} resultFile
 * @returns {Promise<number>} jest's exit code
 */
function runJest(phase, jestArgs, env, resultFile) {
  const jestBin = require.resolve("jest/bin/jest")
  // A path pattern may legitimately match nothing in one of the phases.
  const lenient = phase.passWithNoTests || jestArgs.length > 0
  const args = [
    jestBin,
    "--runInBand",
    "--forceExit",
    "--json",
    `--outputFile=${resultFile}`,
    ...(lenient ? ["--passWithNoTests"] : []),
    ...jestArgs,
  ]
  const nodeOptions = [env.NODE_OPTIONS, "--experimental-vm-modules"]
    .filter(Boolean)
    .join(" ")

  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...env, TEST_TYPE: phase.testType, NODE_OPTIONS: nodeOptions },
    })
    running.add(child)
    child.on("exit", (code, signal) => {
      running.delete(child)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/** Jest processes still running, to end them before the database. */
const running = new Set()

/** What the browser phase has started, for stopBrowserPhase. */
const browserState = {}

/**
 * Ends the running jest, if any, and waits for it (at most 10 s).
 *
 * @returns {Promise<void>}
 */
async function stopJest() {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
          child.once("exit", () => {
            clearTimeout(timer)
            resolve()
          })
          child.kill("SIGTERM")
        })
    )
  )
}

/**
 * The browser phase: serves a production build, runs the browser suites
 * against it, stops everything.
 *
 * @param {{ testType: string, passWithNoTests: boolean }} phase
 * @param {string[]} jestArgs
 * @param {NodeJS.ProcessEnv} env
 * @param {string} resultFile
 * @returns {Promise<{ code: number, note?: string }>}
 */
async function runBrowserPhase(phase, jestArgs, env, resultFile) {
  const say = (line) => process.stderr.write(`${line}\n`)
  const started = Date.now()
  const check = await checkBrowserPrerequisites(env, jestArgs)
  if (check.skip || check.fail) {
    const note = `browser phase ${check.skip ? "skipped" : "failed"}: ${check.skip ?? check.fail}`
    say(note)

    return { code: check.fail ? 1 : 0, note }
  }

  let outcome
  try {
    const { testEnv, typeErrors } = await startBrowserPhase({
      env,
      userEnv: process.env,
      chromium: check.chromium,
      say,
      state: browserState,
    })
    const code = await runJest(
      phase,
      jestArgs,
      { ...env, ...testEnv },
      resultFile
    )
    outcome = { code }
    if (typeErrors.length > 0) {
      const note = `browser phase failed: medusa build reported TypeScript errors (the tests ran on its output):\n  ${typeErrors.join("\n  ")}`
      say(note)
      outcome = { code: code || 1, note }
    }
  } catch (err) {
    const note = `browser phase failed: ${err?.message ?? err}`
    say(note)
    outcome = { code: 1, note }
  } finally {
    await stopBrowserPhase(browserState)
  }
  say(`browser phase: ${((Date.now() - started) / 1000).toFixed(0)} s`)

  return outcome
}

/**
 * @param {string} resultFile
 * @returns {{ passed: number, failed: number, skipped: number }}
 */
function readCounts(resultFile) {
  try {
    const result = JSON.parse(fs.readFileSync(resultFile, "utf8"))

    return {
      passed: result.numPassedTests,
      failed: result.numFailedTests + result.numRuntimeErrorTestSuites,
      skipped: result.numPendingTests + result.numTodoTests,
    }
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<() => Promise<void>>} stops the database, if we started one
 */
async function provideDatabase(env) {
  if (env.DB_HOST) {
    process.stderr.write(`Using PostgreSQL at ${env.DB_HOST}\n`)

    return async () => undefined
  }

  const db = await startEmbeddedPostgres({
    dataDir: path.join(".data", "pg-test"),
    fast: true,
    ifBusy: "temporary", // another `npm test` may be running beside us
  })
  Object.assign(env, {
    DB_HOST: db.host,
    DB_PORT: String(db.port),
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
  })
  process.stderr.write(
    `Embedded PostgreSQL on localhost:${db.port} (log: ${path.relative(PROJECT_ROOT, db.logFile)})\n`
  )

  return db.stop
}

async function main() {
  const { phases, jestArgs } = parseArgs(process.argv.slice(2))
  const env = { MEDUSA_DISABLE_TELEMETRY: "true", ...process.env }
  const resultDir = fs.mkdtempSync(path.join(os.tmpdir(), "invoicing-jest-"))
  const totals = { passed: 0, failed: 0, skipped: 0 }
  let stopDb = async () => undefined
  let dbReady = false
  let exitCode = 0
  const notes = []
  installShutdownHooks(async () => {
    await stopJest()
    await stopBrowserPhase(browserState)
    await stopDb()
  })

  try {
    for (const phase of phases) {
      if (phase.needsDb && !dbReady) {
        stopDb = await provideDatabase(env)
        dbReady = true
      }
      process.stderr.write(`\n=== ${phase.name} tests (${phase.testType})\n`)
      const resultFile = path.join(resultDir, `${phase.name}.json`)
      let code
      if (phase.name === "browser") {
        const outcome = await runBrowserPhase(phase, jestArgs, env, resultFile)
        code = outcome.code
        notes.push(outcome.note)
      } else {
        code = await runJest(phase, jestArgs, env, resultFile)
      }
      const counts = readCounts(resultFile)
      for (const key of Object.keys(totals)) {
        totals[key] += counts[key]
      }
      if (code !== 0) {
        exitCode = code
        break
      }
    }
  } finally {
    await stopDb()
    fs.rmSync(resultDir, { recursive: true, force: true })
  }

  const { passed, failed, skipped } = totals
  process.stdout.write("\n")
  for (const note of notes.filter(Boolean)) {
    process.stdout.write(`${note.split("\n")[0]}\n`)
  }
  process.stdout.write(
    `Total: ${passed} passed, ${failed} failed, ${skipped} skipped\n`
  )

  return exitCode
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err?.stack ?? err}\n`)
    process.exit(1)
  }
)
