import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { deriveBalance, LedgerAmount } from "./utils/balance"
import { currencyDecimals } from "./utils/money"
import type { LedgerEntryInput } from "./types"
import { deriveDisplayStatus } from "./utils/status"

/** The invoice columns the ledger works with, read under a row lock. */
export type LockedInvoice = {
  id: string
  status: "issued" | "void" | "credited"
  kind: "invoice" | "credit_note"
  number: string
  order_id: string
  amount_paid: string
  amount_refunded: string
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
    `select id, status, kind, number, order_id, amount_paid::text,
        amount_refunded::text,
        payment_status, display_status, currency_code,
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
  reversedAmount?: string,
  signed?: string
): BigNumber {
  if (kind === "refund") {
    return magnitude.negated()
  }

  if (kind === "reversal") {
    return new BigNumber(reversedAmount ?? 0).negated()
  }

  if (kind === "transfer") {
    return new BigNumber(signed ?? magnitude)
  }

  return magnitude
}

/**
 * Recomputes paid, refunded, credited, balance and statuses from the whole
 * ledger and the invoice's credit notes, and stores them on the invoice.
 * Derived, never typed in. An invoice whose credit notes take its whole
 * total becomes `credited`.
 */
export async function refreshDerivedState(
  manager: SqlEntityManager,
  invoice: LockedInvoice,
  today: string
): Promise<{
  status: LockedInvoice["status"]
  payment_status: string
  display_status: string
  balance: string
}> {
  const entries: LedgerAmount[] = await manager.execute(
    `select e.kind, e.amount::text as amount, r.kind as reverses_kind
      from invoice_payment e
      left join invoice_payment r on r.id = e.reverses_id
      where e.invoice_id = ? and e.deleted_at is null`,
    [invoice.id]
  )
  const [{ credited }] = await manager.execute(
    `select coalesce(sum(total), 0)::text as credited from invoice
      where corrects_invoice_id = ? and kind = 'credit_note'
        and status <> 'void' and deleted_at is null`,
    [invoice.id]
  )
  const state = deriveBalance(
    invoice.total,
    entries,
    credited,
    invoice.currency_code
  )
  const status = documentStatus(invoice, credited)
  const derived = { ...invoice, status, payment_status: state.payment_status }
  // Becoming overdue is the overdue check's to record and announce
  // (`invoice.overdue`); until it runs the invoice keeps its other status.
  const display =
    invoice.display_status === "overdue"
      ? deriveDisplayStatus(derived, today)
      : deriveDisplayStatus(derived, invoice.due_date)
  const raw = (v: string) => JSON.stringify({ value: v, precision: 20 })

  await manager.execute(
    `update invoice set amount_paid = ?, raw_amount_paid = ?,
        amount_refunded = ?, raw_amount_refunded = ?,
        amount_credited = ?, raw_amount_credited = ?,
        balance = ?, raw_balance = ?, status = ?, payment_status = ?,
        display_status = ?, updated_at = now()
      where id = ?`,
    [
      state.amount_paid,
      raw(state.amount_paid),
      state.amount_refunded,
      raw(state.amount_refunded),
      state.amount_credited,
      raw(state.amount_credited),
      state.balance,
      raw(state.balance),
      status,
      state.payment_status,
      display,
      invoice.id,
    ]
  )

  return {
    status,
    payment_status: state.payment_status,
    display_status: display,
    balance: state.balance,
  }
}

/** `credited` once credit notes take the whole (non-zero) total. */
function documentStatus(
  invoice: LockedInvoice,
  credited: string
): LockedInvoice["status"] {
  if (invoice.status === "void") {
    return "void"
  }

  const unit = new BigNumber(1).shiftedBy(
    -currencyDecimals(invoice.currency_code)
  )
  const left = new BigNumber(invoice.total).minus(credited)

  return new BigNumber(credited).isGreaterThan(0) && left.isLessThan(unit)
    ? "credited"
    : "issued"
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
