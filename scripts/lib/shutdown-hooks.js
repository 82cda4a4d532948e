"use strict"

/**
 * One orderly way out of a script: on a signal, a crash or a normal exit,
 * stop what the script started, then exit.
 */

/**
 * @param {() => (Promise<void> | void)} stopFn
 * @param {{ stopping: boolean }} state shared with the 'exit' handler
 * @returns {(code: number, error?: unknown) => Promise<void>}
 */
function makeShutdown(stopFn, state) {
  return async (code, error) => {
    if (state.stopping) {
      process.exit(code)
    }
    state.stopping = true
    if (error) {
      process.stderr.write(`${error?.stack ?? error}\n`)
    }
    try {
      await stopFn()
    } finally {
      process.exit(code)
    }
  }
}

/**
 * @param {() => (Promise<void> | void)} stopFn
 * @returns {Record<string, (...args: any[]) => void>} a handler per event
 */
function shutdownHandlers(stopFn) {
  const state = { stopping: false }
  const shutdown = makeShutdown(stopFn, state)

  return {
    SIGINT: () => shutdown(130),
    SIGTERM: () => shutdown(143),
    SIGHUP: () => shutdown(129),
    uncaughtException: (err) => shutdown(1, err),
    unhandledRejection: (err) => shutdown(1, err),
    exit: () => {
      if (!state.stopping) {
        state.stopping = true
        void stopFn()
      }
    },
  }
}

/**
 * Runs `stopFn` once when the process is asked to end: SIGINT, SIGTERM,
 * SIGHUP, an uncaught exception or unhandled rejection (then exits non-zero),
 * or a normal exit. A second Ctrl-C while stopping exits at once.
 *
 * On 'exit' only the synchronous part of `stopFn` can run; the stop()
 * returned by startEmbeddedPostgres signals postgres synchronously, so the
 * server still shuts itself down.
 *
 * @param {() => (Promise<void> | void)} stopFn
 * @returns {() => void} removes the hooks again
 * @example
 * const db = await startEmbeddedPostgres()
 * installShutdownHooks(db.stop)
 */
function installShutdownHooks(stopFn) {
  const handlers = Object.entries(shutdownHandlers(stopFn))
  for (const [event, handler] of handlers) {
    process.on(event, handler)
  }

  return () => {
    for (const [event, handler] of handlers) {
      process.removeListener(event, handler)
    }
  }
}

module.exports = { installShutdownHooks }
