"use strict"

/**
 * One-off medusa CLI commands of the browser phase (build, db:migrate,
 * exec, user), each in its own process group so that Ctrl-C ends it with
 * whatever it started, output appended to a log file.
 */

const { spawn } = require("child_process")
const fs = require("fs")
const { lastLines } = require("./demo-output")
const { MEDUSA_BIN } = require("./browser-settings")
const { trySignal } = require("./process-utils")

/** Process groups of the commands still running. */
const running = new Set()

/**
 * Runs `medusa <args>` to completion.
 *
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, logFile: string }} options
 * @returns {Promise<{ code: number, output: string }>}
 * @example
 * const { code } = await runMedusa(["db:migrate"], { cwd, env, logFile })
 */
function runMedusa(args, { cwd, env, logFile }) {
  fs.appendFileSync(
    logFile,
    `\n--- medusa ${args.join(" ")} ${new Date().toISOString()}\n`
  )

  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    running.add(child.pid)
    let output = ""
    const collect = (chunk) => {
      output += chunk
      fs.appendFileSync(logFile, chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      running.delete(child.pid)
      resolve({ code: code ?? (signal ? 1 : 0), output })
    })
  })
}

/**
 * Like runMedusa, but throws when the command fails.
 *
 * @param {string} label what the command does, for the error message
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, logFile: string }} options
 * @returns {Promise<string>} the command's output
 * @throws {Error} naming the command, with the end of its output
 */
async function runMedusaOrThrow(label, args, options) {
  const { code, output } = await runMedusa(args, options)
  if (code !== 0) {
    throw new Error(
      `${label} failed (medusa ${args.join(" ")}, exit ${code}):\n${lastLines(output, 30)}`
    )
  }

  return output
}

/**
 * Ends every command still running, with its process group. Synchronous,
 * so that it also works from an 'exit' handler.
 */
function killCommands() {
  for (const pgid of running) {
    trySignal(-pgid, "SIGKILL")
  }
  running.clear()
}

module.exports = { killCommands, runMedusa, runMedusaOrThrow }
