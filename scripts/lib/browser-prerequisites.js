"use strict"

/**
 * Whether the browser test phase can run: a Chromium to drive, and (when
 * jest arguments narrow the run) a browser suite they select.
 */

const { spawn } = require("child_process")
const { findChromium } = require("./browser-chromium")
const { PROJECT_ROOT } = require("./project-paths")

/**
 * @param {string[]} jestArgs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<boolean>} whether a browser test matches `jestArgs`
 */
function anyBrowserTestMatches(jestArgs, env) {
  const jestBin = require.resolve("jest/bin/jest")
  const args = [jestBin, "--listTests", "--json", ...jestArgs]

  return new Promise((resolve) => {
    let out = ""
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "ignore"],
      env: { ...env, TEST_TYPE: "browser" },
    })
    child.stdout.on("data", (chunk) => (out += chunk))
    child.on("exit", () => {
      try {
        resolve(JSON.parse(out).length > 0)
      } catch {
        resolve(true) // let jest itself report what is wrong
      }
    })
  })
}

/**
 * Without Chromium the phase is skipped, so that `npm test` passes on a
 * machine without it, except under CI=true, where it is a failure.
 *
 * @param {NodeJS.ProcessEnv} env
 * @param {string[]} jestArgs
 * @returns {Promise<{ chromium?: string, skip?: string, fail?: string }>}
 *   the Chromium to use, or why the phase is skipped or failed
 * @example
 * const check = await checkBrowserPrerequisites(process.env, [])
 * if (check.skip) console.log(`skipped: ${check.skip}`)
 */
async function checkBrowserPrerequisites(env, jestArgs) {
  const { path: chromium, looked } = findChromium(env)
  if (!chromium) {
    const why = `no Chromium executable at ${looked} (install Debian's chromium package, or set CHROMIUM_PATH)`

    return env.CI === "true" ? { fail: why } : { skip: why }
  }
  if (jestArgs.length > 0 && !(await anyBrowserTestMatches(jestArgs, env))) {
    return { skip: "no browser test matches the arguments" }
  }

  return { chromium }
}

module.exports = { checkBrowserPrerequisites }
