import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { loadCreditedLines, loadLines } from "./documents"
import type { LockedInvoice } from "./ledger"
import type { CreditNoteInput, InvoiceSnapshotInput } from "./types"
import {
  CreditAmounts,
  creditableLines,
  creditByAmount,
  creditByQuantity,
  creditEverything,
  isCreditProblem,
} from "./utils/credit"

/**
 * Serializes every change of one order's documents (issue, corrections)
 * until the transaction ends.
 */
export async function lockOrder(
  manager: SqlEntityManager,
  orderId: string
): Promise<void> {
  await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [
    `invoicing:order:${orderId}`,
  ])
}

/**
 * The amounts of a credit note against a locked invoice, computed from what
 * remains creditable of its lines; `null` when a credit of an order change
 * comes to nothing.
 *
 * @throws MedusaError NOT_ALLOWED when the invoice cannot be credited (a
 * credit note, void, or nothing of value left), INVALID_DATA naming the
 * field of a request that breaks a rule.
 */
export async function planCredit(
  manager: SqlEntityManager,
  invoice: LockedInvoice,
  input: CreditNoteInput
): Promise<CreditAmounts | null> {
  if (invoice.kind === "credit_note") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${invoice.number} is a credit note; credit notes correct invoices.`
    )
  }

  if (invoice.status !== "issued") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Invoice ${invoice.number} is ${invoice.status}; nothing is left to credit.`
    )
  }

  const lines = creditableLines(
    await loadLines(manager, invoice.id),
    await loadCreditedLines(manager, invoice.id)
  )
  const currency = invoice.currency_code
  const result = input.everything
    ? creditEverything(lines, currency)
    : input.lines?.length
      ? creditByQuantity(lines, input.lines, currency)
      : creditByAmount(lines, input.amount ?? "0", currency)
  if (isCreditProblem(result)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${result.field}: ${result.message}`
    )
  }

  if (!result.lines.length || new BigNumber(result.total).isZero()) {
    if (input.origin !== "manual") {
      return null
    }

    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Nothing of value is left to credit on these lines of invoice ${invoice.number}; a credit note of 0 is not issued.`
    )
  }

  return result
}

/** Why an invoice cannot be voided, or null. */
export function voidBlocker(invoice: LockedInvoice): string | null {
  if (invoice.kind === "credit_note") {
    return `${invoice.number} is a credit note; only invoices can be voided.`
  }

  if (invoice.status !== "issued") {
    return `Invoice ${invoice.number} is ${invoice.status} and cannot be voided.`
  }

  if (!new BigNumber(invoice.amount_paid).isZero()) {
    return `Invoice ${invoice.number} has payments; reverse them or issue a credit note instead.`
  }

  if (!new BigNumber(invoice.amount_credited).isZero()) {
    return `Invoice ${invoice.number} has credit notes; it cannot be voided.`
  }

  return null
}

/** The parties and addresses of an invoice, for its credit note. */
export async function snapshotHeader(
  manager: SqlEntityManager,
  invoiceId: string
): Promise<
  Omit<
    InvoiceSnapshotInput,
    "amounts" | "issue_date" | "due_date" | "payment_terms_days"
  >
> {
  const [row] = await manager.execute(
    `select order_id, order_display_id, customer_id, email, currency_code,
        seller, billing_address, shipping_address, metadata
      from invoice where id = ?`,
    [invoiceId]
  )

  return row as Omit<
    InvoiceSnapshotInput,
    "amounts" | "issue_date" | "due_date" | "payment_terms_days"
  >
}
