"use strict"

/**
 * What the demo prints: progress lines, the ends of logs in error
 * messages, and the closing summary.
 */

const { ADMIN, SHOPPER } = require("./demo-settings")

/**
 * Writes one line to stdout.
 *
 * @param {string} [line]
 */
function say(line = "") {
  process.stdout.write(`${line}\n`)
}

/**
 * @param {string} text
 * @param {number} count
 * @returns {string} the last `count` lines of `text`
 * @example
 * throw new Error(`db:migrate failed:\n${lastLines(output, 30)}`)
 */
function lastLines(text, count) {
  return text.trimEnd().split("\n").slice(-count).join("\n")
}

/**
 * @param {any} amount a number, a numeric string or a BigNumber-ish value
 * @param {string} currency
 * @returns {string}
 */
function formatMoney(amount, currency) {
  const value = Number(amount?.value ?? amount)
  try {
    return new Intl.NumberFormat("en", {
      style: "currency",
      currency: currency.toUpperCase(),
    }).format(value)
  } catch {
    return `${value} ${currency.toUpperCase()}`
  }
}

/**
 * @param {any} order
 * @param {any | null} invoice
 */
function sayDocument(order, invoice) {
  say(`  Order         #${order.display_id} (${order.id})`)
  if (invoice) {
    say(`  Invoice       ${invoice.number}`)
    say(`  Status        ${invoice.display_status}`)
    say(`  Total         ${formatMoney(invoice.total, invoice.currency_code)}`)
    say(`  Due date      ${invoice.due_date}`)
  } else {
    say("  Invoice       not found after 30 s; see .data/demo-server.log")
    say(`  Order total   ${formatMoney(order.total, order.currency_code)}`)
  }
}

/**
 * Prints the placed order, its invoice (if one was found) and how to reach
 * the running store.
 *
 * @param {string} baseUrl
 * @param {any} order
 * @param {any | null} invoice
 * @param {string} publishableKey
 * @param {{ message: string, pdf: string } | null} [sent] the e-mail the
 *   local mailbox wrote for the invoice, with its PDF
 * @example
 * printSummary("http://localhost:9000", order, invoice, "pk_...")
 */
function printSummary(baseUrl, order, invoice, publishableKey, sent) {
  const rule = "─".repeat(60)
  say()
  say(rule)
  sayDocument(order, invoice)
  if (sent) {
    say(`  E-mail sent   ${sent.message}`)
    say(`  Invoice PDF   ${sent.pdf}`)
  } else if (invoice) {
    say("  E-mail        not written after 30 s; see .data/demo-server.log")
  }
  say()
  say(`  Admin         ${baseUrl}/app`)
  say(`                ${ADMIN.email} / ${ADMIN.password}`)
  say(`  Customer      ${SHOPPER.email} / ${SHOPPER.password}`)
  say(`  Store API key ${publishableKey} (x-publishable-api-key)`)
  say(`  Server log    .data/demo-server.log`)
  say(rule)
  say("Serving until Ctrl-C.")
}

module.exports = { lastLines, printSummary, say }
