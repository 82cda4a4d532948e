import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { deriveBalance, LedgerAmount } from "./utils/balance"
import type { LedgerEntryInput } from "./types"
import { deriveDisplayStatus } from "./utils/status"

/** The invoice columns the ledger works with, read under a row lock. */
export type LockedInvoice = {
  id: string
  status: "issued" | "void" | "credited"
  payment_status: string
  display_status: string
  currency_code: string
  due_date: string
  total: string
  amount_credited: string
  balance: string
}

/**
 * Reads an invoice and locks its row until the transaction ends, so that
 * concurrent ledger writes on one invoice queue instead of overwriting each
 * other's derived amounts.
 *
 * @throws MedusaError NOT_FOUND when there is no such invoice.
 */
export async function lockInvoice(
  manager: SqlEntityManager,
  invoiceId: string
): Promise<LockedInvoice> {
  const [row] = await manager.execute(
    `select id, status, payment_status, display_status, currency_code,
        due_date, total::text, amount_credited::text, balance::text
      from invoice where id = ? and deleted_at is null for update`,
    [invoiceId]
  )
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Invoice with id: ${invoiceId} was not found.`
    )
  }

  return row as LockedInvoice
}

/** The signed amount a ledger entry carries. */
export function signedAmount(
  kind: string,
  magnitude: BigNumber,
  reversedAmount?: string
): BigNumber {
  if (kind === "refund") {
    return magnitude.negated()
  }

  if (kind === "reversal") {
    return new BigNumber(reversedAmount ?? 0).negated()
  }

  return magnitude
}

/**
 * Recomputes paid, refunded, balance and statuses from the whole ledger and
 * stores them on the invoice. Derived, never typed in.
 */
export async function refreshDerivedState(
  manager: SqlEntityManager,
  invoice: LockedInvoice,
  today: string
): Promise<{
  payment_status: string
  display_status: string
  balance: string
}> {
  const entries: LedgerAmount[] = await manager.execute(
    `select kind, amount::text as amount from invoice_payment
      where invoice_id = ? and deleted_at is null`,
    [invoice.id]
  )
  const state = deriveBalance(
    invoice.total,
    entries,
    invoice.amount_credited,
    invoice.currency_code
  )
  const display = deriveDisplayStatus(
    { ...invoice, payment_status: state.payment_status },
    today
  )
  const raw = (v: string) => JSON.stringify({ value: v, precision: 20 })

  await manager.execute(
    `update invoice set amount_paid = ?, raw_amount_paid = ?,
        amount_refunded = ?, raw_amount_refunded = ?,
        balance = ?, raw_balance = ?, payment_status = ?,
        display_status = ?, updated_at = now()
      where id = ?`,
    [
      state.amount_paid,
      raw(state.amount_paid),
      state.amount_refunded,
      raw(state.amount_refunded),
      state.balance,
      raw(state.balance),
      state.payment_status,
      display,
      invoice.id,
    ]
  )

  return {
    payment_status: state.payment_status,
    display_status: display,
    balance: state.balance,
  }
}

/**
 * The positive size of an entry, exactly as it happened: manual amounts
 * were checked to have the currency's decimals; Medusa's are kept unrounded
 * so the ledger matches what the payment provider holds.
 */
export function ledgerMagnitude(amount: string): BigNumber {
  return new BigNumber(amount).abs()
}

/**
 * The id of an entry already recorded for this input: same idempotency key
 * (with the same request), or same Medusa capture/refund id.
 *
 * @throws MedusaError CONFLICT when the key was used for another request.
 */
export async function findRecordedEntry(
  manager: SqlEntityManager,
  input: LedgerEntryInput
): Promise<string | undefined> {
  if (input.idempotency_key) {
    const [row] = await manager.execute(
      "select id, request_hash from invoice_payment where idempotency_key = ?",
      [input.idempotency_key]
    )
    if (row && row.request_hash !== input.request_hash) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Idempotency-Key ${input.idempotency_key} was already used with a different request.`
      )
    }

    return row?.id
  }

  if (!input.source_ref) {
    return undefined
  }

  const [row] = await manager.execute(
    "select id from invoice_payment where source = ? and source_ref = ?",
    [input.source, input.source_ref]
  )

  return row?.id
}

export type LedgerEntryRow = {
  id: string
  invoice_id: string
  kind: string
  amount: string
  reversed_by: string | null
}

/** One ledger entry by id, or null. */
export async function findEntry(
  manager: SqlEntityManager,
  id: string
): Promise<LedgerEntryRow | null> {
  const [row] = await manager.execute(
    `select e.id, e.invoice_id, e.kind, e.amount::text as amount,
        (select r.id from invoice_payment r where r.reverses_id = e.id)
          as reversed_by
      from invoice_payment e where e.id = ?`,
    [id]
  )

  return (row as LedgerEntryRow | undefined) ?? null
}
