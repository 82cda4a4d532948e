"use strict"

/**
 * Telling a data directory that a killed `initdb` left behind, which is
 * safe to clear, from one that may hold a damaged cluster, which never is.
 */

const fs = require("fs")
const path = require("path")

/**
 * What initdb (PostgreSQL 18) creates before it writes PG_VERSION: these
 * directories, all empty. The configuration files, the WAL and every data
 * file come only after PG_VERSION.
 */
const EARLY_INITDB_DIRS = new Set([
  "base",
  "base/1",
  "global",
  "pg_commit_ts",
  "pg_dynshmem",
  "pg_logical",
  "pg_logical/mappings",
  "pg_logical/snapshots",
  "pg_multixact",
  "pg_multixact/members",
  "pg_multixact/offsets",
  "pg_notify",
  "pg_replslot",
  "pg_serial",
  "pg_snapshots",
  "pg_stat",
  "pg_stat_tmp",
  "pg_subtrans",
  "pg_tblspc",
  "pg_twophase",
  "pg_wal",
  "pg_wal/archive_status",
  "pg_wal/summaries",
  "pg_xact",
])

/**
 * Lists what in `dataDir` a killed initdb would not have left there: any
 * file or link, and any directory initdb does not create before
 * PG_VERSION. An empty list means the directory is at most a failed
 * initialisation; an unreadable directory is listed, since we cannot tell.
 *
 * @param {string} dataDir
 * @param {string} [below] a directory inside `dataDir`, relative to it
 * @returns {string[]} paths relative to `dataDir`
 * @example
 * const leftOverByInitdb = foreignEntries(dataDir).length === 0
 */
function foreignEntries(dataDir, below = "") {
  let entries
  try {
    entries = fs.readdirSync(path.join(dataDir, below), { withFileTypes: true })
  } catch {
    return [below || "."]
  }

  return entries.flatMap((entry) => {
    const rel = below ? `${below}/${entry.name}` : entry.name
    if (!entry.isDirectory() || !EARLY_INITDB_DIRS.has(rel)) {
      return [rel]
    }

    return foreignEntries(dataDir, rel)
  })
}

module.exports = { foreignEntries }
