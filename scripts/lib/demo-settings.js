"use strict"

/**
 * What `npm run demo` creates and where it keeps it.
 */

const path = require("path")
const { DATA_ROOT, PROJECT_ROOT } = require("./project-paths")

const DATABASE_NAME = "medusa_invoicing_demo"
const SETUP_LOG = path.join(DATA_ROOT, "demo-setup.log")
const SERVER_LOG = path.join(DATA_ROOT, "demo-server.log")
const SERVER_PID_FILE = path.join(DATA_ROOT, "demo-server.pid")
const STORE_FILE = path.join(DATA_ROOT, "demo-store.json")
const MEDUSA_BIN = path.join(PROJECT_ROOT, "node_modules", ".bin", "medusa")
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const SHOPPER = {
  email: "shopper@example.com",
  password: "supersecret",
  first_name: "Erika",
  last_name: "Mustermann",
}
const GERMAN_ADDRESS = {
  first_name: "Erika",
  last_name: "Mustermann",
  address_1: "Heidestraße 17",
  city: "Köln",
  postal_code: "51147",
  country_code: "de",
}

module.exports = {
  ADMIN,
  DATABASE_NAME,
  GERMAN_ADDRESS,
  MEDUSA_BIN,
  SERVER_LOG,
  SERVER_PID_FILE,
  SETUP_LOG,
  SHOPPER,
  STORE_FILE,
}
