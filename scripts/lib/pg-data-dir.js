"use strict"

/**
 * Ownership of a cluster's data directory, so two runs never share one: an
 * exclusive `<dataDir>.owner` file holds the owner's pid.
 */

const fs = require("fs")
const path = require("path")
const { clearStaleServer } = require("./pg-cluster")
const { isAlive } = require("./process-utils")

/**
 * @param {string} dataDir
 * @returns {number | null}
 */
function readOwner(dataDir) {
  try {
    const pid = parseInt(fs.readFileSync(`${dataDir}.owner`, "utf8"), 10)

    return pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * @param {string} file
 * @returns {boolean} false when the file already exists
 */
function createOwnerFile(file) {
  try {
    fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" })

    return true
  } catch (err) {
    if (err.code !== "EEXIST") {
      throw err
    }

    return false
  }
}

/**
 * @param {string} dataDir
 * @returns {boolean} true when the directory is now ours
 */
function tryClaim(dataDir) {
  const file = `${dataDir}.owner`
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createOwnerFile(file)) {
      return true
    }

    const owner = readOwner(dataDir)
    if (owner === process.pid) {
      return true
    }
    if (owner && isAlive(owner)) {
      return false
    }
    fs.rmSync(file, { force: true }) // its process is gone
  }

  return false
}

/**
 * Gives a data directory back: deletes our owner file and, for a
 * throwaway cluster, the cluster and its log too.
 *
 * @param {string} dataDir
 * @param {boolean} temporary delete the cluster too
 * @example
 * releaseDataDir(dataDir, temporary)
 */
function releaseDataDir(dataDir, temporary) {
  if (readOwner(dataDir) === process.pid) {
    fs.rmSync(`${dataDir}.owner`, { force: true })
  }
  if (temporary) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.rmSync(`${dataDir}.log`, { force: true })
  }
}

/**
 * Throwaway clusters of runs that were killed before they could delete
 * them: stop what still runs there and delete them.
 *
 * @param {string} baseDir
 */
async function sweepTemporaryDirs(baseDir) {
  const parent = path.dirname(baseDir)
  const pattern = new RegExp(`^${path.basename(baseDir)}-(\\d+)$`)
  for (const name of fs.readdirSync(parent)) {
    const match = pattern.exec(name)
    const pid = match && Number(match[1])
    if (!pid || pid === process.pid || isAlive(pid)) {
      continue
    }
    const dir = path.join(parent, name)
    await clearStaleServer(dir, () => undefined).catch(() => undefined)
    releaseDataDir(dir, true)
    fs.rmSync(`${dir}.owner`, { force: true })
  }
}

/**
 * Marks `baseDir` as ours, so a second run (the lead's `npm test` beside a
 * helper's) never mistakes a live server for a leftover and shuts it down.
 * An owner file whose process is gone is taken over.
 *
 * @param {string} baseDir
 * @param {"fail" | "temporary" | undefined} ifBusy when another live
 *   process owns `baseDir`: throw, or claim a throwaway `<baseDir>-<pid>`
 * @returns {Promise<{ dataDir: string, temporary: boolean }>}
 * @throws {Error} when `baseDir` is busy and `ifBusy` is not "temporary"
 * @example
 * const { dataDir, temporary } = await claimDataDir(baseDir, "temporary")
 */
async function claimDataDir(baseDir, ifBusy) {
  if (tryClaim(baseDir)) {
    return { dataDir: baseDir, temporary: false }
  }

  const owner = readOwner(baseDir)
  if (ifBusy !== "temporary") {
    throw new Error(
      `Another process (pid ${owner}) runs PostgreSQL on ${baseDir}; stop it first, or delete ${baseDir}.owner if that pid is not ours.`
    )
  }

  await sweepTemporaryDirs(baseDir)
  const dataDir = `${baseDir}-${process.pid}`
  fs.rmSync(dataDir, { recursive: true, force: true })
  if (!tryClaim(dataDir)) {
    throw new Error(`Could not claim ${dataDir}.`)
  }

  return { dataDir, temporary: true }
}

module.exports = { claimDataDir, releaseDataDir }
