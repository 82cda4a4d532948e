"use strict"

/**
 * Where the browser tests find Chromium. Playwright's own browser downloads
 * are not reachable from these machines, so the tests drive an installed
 * Chromium (Debian's `chromium` package) through `playwright-core`.
 */

const fs = require("fs")

const DEFAULT_CHROMIUM = "/usr/bin/chromium"

/**
 * Flags every launch uses: headless on a machine without a display or a
 * user namespace, and silent on a closed network (without the networking
 * flags Chromium keeps trying to reach Google's services).
 */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

/**
 * @param {string} file
 * @returns {boolean}
 */
function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK)

    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * Finds the Chromium executable: `CHROMIUM_PATH` when set, else
 * /usr/bin/chromium.
 *
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ path: string | null, looked: string }} `path` is null when
 *   there is no executable where we looked
 * @example
 * const { path, looked } = findChromium(process.env)
 * if (!path) console.log(`No Chromium at ${looked}`)
 */
function findChromium(env) {
  const looked = env.CHROMIUM_PATH || DEFAULT_CHROMIUM

  return { path: isExecutableFile(looked) ? looked : null, looked }
}

module.exports = { CHROMIUM_ARGS, DEFAULT_CHROMIUM, findChromium }
