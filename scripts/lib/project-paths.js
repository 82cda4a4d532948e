"use strict"

/**
 * Where the project and its local, git-ignored state live. Every script
 * resolves paths from here, so they work from any working directory.
 */

const path = require("path")

const PROJECT_ROOT = path.resolve(__dirname, "..", "..")
const DATA_ROOT = path.join(PROJECT_ROOT, ".data")

module.exports = { DATA_ROOT, PROJECT_ROOT }
