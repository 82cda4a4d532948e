"use strict"

/**
 * The demo's one-off setup: migrations, the demo seed and the admin user,
 * each a medusa CLI command whose output goes to the setup log.
 */

const { spawn } = require("child_process")
const fs = require("fs")
const { lastLines, say } = require("./demo-output")
const { ADMIN, MEDUSA_BIN, SETUP_LOG } = require("./demo-settings")
const { PROJECT_ROOT } = require("./project-paths")

/**
 * Runs a medusa CLI command to completion, output appended to the setup log.
 *
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number, output: string }>}
 */
function runMedusa(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    const collect = (chunk) => {
      output += chunk
      fs.appendFileSync(SETUP_LOG, chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code) => resolve({ code: code ?? 1, output }))
  })
}

/**
 * Migrates the database, seeds the demo store (idempotent) and creates the
 * admin user unless it exists.
 *
 * @param {NodeJS.ProcessEnv} env carries DATABASE_URL
 * @returns {Promise<void>}
 * @throws {Error} when a step fails, with the end of its output
 * @example
 * await prepareApp(database.env)
 */
async function prepareApp(env) {
  fs.appendFileSync(SETUP_LOG, `\n--- demo setup ${new Date().toISOString()}\n`)
  const steps = [
    ["Migrating the database", ["db:migrate"]],
    ["Seeding the demo store", ["exec", "./src/scripts/seed-demo.ts"]],
  ]
  for (const [label, args] of steps) {
    say(`${label}...`)
    const { code, output } = await runMedusa(args, env)
    if (code !== 0) {
      throw new Error(
        `${label} failed (medusa ${args.join(" ")}, exit ${code}):\n${lastLines(output, 30)}`
      )
    }
  }

  say("Creating the admin user...")
  const userArgs = ["user", "-e", ADMIN.email, "-p", ADMIN.password]
  const { code, output } = await runMedusa(userArgs, env)
  if (code !== 0 && !/already exists/i.test(output)) {
    throw new Error(`Creating the admin user failed:\n${lastLines(output, 30)}`)
  }
}

module.exports = { prepareApp }
