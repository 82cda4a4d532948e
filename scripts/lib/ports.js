"use strict"

/**
 * TCP port probes for the demo and the embedded PostgreSQL.
 */

const net = require("net")

/**
 * Binds `port` on `host` for a moment and releases it again.
 *
 * @param {number} port 0 lets the kernel pick one
 * @param {string} [host] all interfaces when omitted
 * @returns {Promise<number>} the port that was bound
 */
function bindBriefly(port, host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once("error", reject)
    server.listen(port, host, () => {
      const bound = server.address().port
      server.close(() => resolve(bound))
    })
  })
}

/**
 * Finds a TCP port that is free on the loopback interface right now, by
 * binding port 0 and reading what the kernel picked.
 *
 * @returns {Promise<number>}
 * @example
 * const port = await findFreePort()
 */
function findFreePort() {
  return bindBriefly(0, "127.0.0.1")
}

/**
 * Whether nothing listens on `port` on any interface.
 *
 * @param {number} port
 * @returns {Promise<boolean>}
 * @example
 * if (!(await isPortFree(9000))) throw new Error("Port 9000 is in use.")
 */
function isPortFree(port) {
  return bindBriefly(port).then(
    () => true,
    () => false
  )
}

module.exports = { findFreePort, isPortFree }
