"use strict"

/**
 * The production build the browser tests run against: `medusa build` of a
 * copy of the project in the run directory (backend in .medusa/server, the
 * admin bundle in .medusa/server/public/admin), reused while its inputs are
 * unchanged.
 *
 * Why a copy: `medusa build` first deletes .medusa/server, which in this
 * repository holds the plugin build (`medusa plugin:build`) that package.json
 * exports; building in place would replace it with an app build.
 */

const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const { runMedusa } = require("./browser-medusa-cli")
const { BUILD_INPUTS } = require("./browser-settings")
const { lastLines } = require("./demo-output")
const { PROJECT_ROOT } = require("./project-paths")

const NODE_MODULES = path.join(PROJECT_ROOT, "node_modules")

/**
 * @param {string} root
 * @param {string} rel a file or directory below `root`
 * @returns {string[]} the files, relative to `root`, sorted
 */
function listFiles(root, rel) {
  const full = path.join(root, rel)
  if (!fs.existsSync(full)) {
    return []
  }
  if (!fs.statSync(full).isDirectory()) {
    return [rel]
  }

  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, path.join(rel, name)))
}

/**
 * @returns {string} a digest of every build input's path and content
 */
function hashInputs() {
  const hash = crypto.createHash("sha256")
  for (const file of BUILD_INPUTS.flatMap((i) => listFiles(PROJECT_ROOT, i))) {
    hash.update(`${file}\0`)
    hash.update(fs.readFileSync(path.join(PROJECT_ROOT, file)))
    hash.update("\0")
  }

  return hash.digest("hex")
}

/**
 * @param {string} file
 * @returns {any | null}
 */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return null
  }
}

/**
 * @param {Record<string, string>} paths see runPaths
 * @returns {boolean} whether the server and the admin bundle are there
 */
function hasOutput(paths) {
  return (
    fs.existsSync(path.join(paths.server, "medusa-config.js")) &&
    fs.existsSync(path.join(paths.server, "public", "admin", "index.html"))
  )
}

/**
 * Copies the build inputs into a fresh app directory that resolves
 * packages from the project's node_modules.
 *
 * @param {string} appDir
 */
function stageApp(appDir) {
  fs.rmSync(appDir, { recursive: true, force: true })
  fs.mkdirSync(appDir, { recursive: true })
  for (const input of BUILD_INPUTS) {
    const from = path.join(PROJECT_ROOT, input)
    if (fs.existsSync(from)) {
      fs.cpSync(from, path.join(appDir, input), { recursive: true })
    }
  }
  fs.symlinkSync(NODE_MODULES, path.join(appDir, "node_modules"), "dir")
}

/**
 * `medusa build` leaves TypeScript errors in the backend as a failed exit
 * code after writing its output. The build is usable then, and the caller
 * decides what such a build means.
 *
 * @param {number} code
 * @param {string} output
 * @param {Record<string, string>} paths
 * @returns {string[]} the TypeScript errors, empty when the build passed
 * @throws {Error} when the build failed in any other way
 */
function judgeBuild(code, output, paths) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "")
  const typeErrors = plain.split("\n").filter((l) => /error TS\d+:/.test(l))
  const onlyTypes =
    /Backend build completed with errors/.test(plain) &&
    /Frontend build completed successfully/.test(plain) &&
    typeErrors.length > 0
  if ((code === 0 || onlyTypes) && hasOutput(paths)) {
    return code === 0 ? [] : typeErrors
  }

  throw new Error(
    `medusa build failed (exit ${code}); see ${path.relative(PROJECT_ROOT, paths.buildLog)}:\n${lastLines(plain, 30)}`
  )
}

/**
 * Builds the app (server and admin) unless the last build in this run
 * directory had the same inputs.
 *
 * @param {Record<string, string>} paths see runPaths
 * @param {NodeJS.ProcessEnv} env
 * @param {{ force?: boolean }} [options] `force` rebuilds anyway
 * @returns {Promise<{ cached: boolean, typeErrors: string[] }>}
 * @throws {Error} when the build fails for a reason other than type errors
 * @example
 * const { typeErrors } = await buildApp(runPaths(runDir), env)
 */
async function buildApp(paths, env, options = {}) {
  const hash = hashInputs()
  const stamp = readJson(paths.buildStamp)
  if (!options.force && stamp?.hash === hash && hasOutput(paths)) {
    return { cached: true, typeErrors: stamp.type_errors ?? [] }
  }

  fs.rmSync(paths.buildStamp, { force: true })
  fs.writeFileSync(paths.buildLog, "")
  stageApp(paths.app)
  const { code, output } = await runMedusa(["build"], {
    cwd: paths.app,
    env,
    logFile: paths.buildLog,
  })
  const typeErrors = judgeBuild(code, output, paths)
  fs.symlinkSync(NODE_MODULES, path.join(paths.server, "node_modules"), "dir")
  fs.writeFileSync(
    paths.buildStamp,
    `${JSON.stringify({ hash, type_errors: typeErrors }, null, 2)}\n`
  )

  return { cached: false, typeErrors }
}

module.exports = { buildApp }
