import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { StoredLine } from "./utils/credit"
import type { OrderDocument } from "./utils/correction"

/** Who changes invoices in a transaction, and why; read by the audit trigger. */
export type AuditActor = {
  actor_type: "user" | "customer" | "system"
  actor_id?: string | null
}

/**
 * Declares the actor and the reason of the changes the current transaction
 * makes, for the audit rows the database writes.
 */
export async function declareActor(
  manager: SqlEntityManager,
  actor: AuditActor,
  reason: string
): Promise<void> {
  const who = actor.actor_id
    ? `${actor.actor_type}:${actor.actor_id}`
    : actor.actor_type
  await manager.execute(
    `select set_config('invoicing.actor', ?, true),
      set_config('invoicing.reason', ?, true)`,
    [who, reason]
  )
}

const LINE_COLUMNS = `l.id, l.invoice_id, l.line_type, l.source_id,
  l.corrects_line_id, l.title, l.description, l.sku, l.variant_id,
  l.product_id, l.quantity::text, l.unit_price::text, l.is_tax_inclusive,
  l.subtotal::text, l.discount_total::text, l.tax_total::text,
  l.total::text, l.tax_rate::text, l.tax_lines`

/** The lines of one invoice or credit note, in print order. */
export async function loadLines(
  manager: SqlEntityManager,
  invoiceId: string
): Promise<StoredLine[]> {
  return manager.execute(
    `select ${LINE_COLUMNS} from invoice_line l
      where l.invoice_id = ? and l.deleted_at is null order by l.position`,
    [invoiceId]
  )
}

/** The lines of the credit notes (not void) that correct an invoice. */
export async function loadCreditedLines(
  manager: SqlEntityManager,
  invoiceId: string
): Promise<StoredLine[]> {
  return manager.execute(
    `select ${LINE_COLUMNS} from invoice_line l
      join invoice c on c.id = l.invoice_id
      where c.corrects_invoice_id = ? and c.kind = 'credit_note'
        and c.status <> 'void' and c.deleted_at is null
        and l.deleted_at is null`,
    [invoiceId]
  )
}

/** Every invoice and credit note of an order, with their lines. */
export async function loadOrderDocuments(
  manager: SqlEntityManager,
  orderId: string
): Promise<OrderDocument[]> {
  const documents: Omit<OrderDocument, "lines">[] = await manager.execute(
    `select id, kind, status, origin, corrects_invoice_id, issued_at from invoice
      where order_id = ? and deleted_at is null order by issued_at, id`,
    [orderId]
  )
  const lines: (StoredLine & { invoice_id: string })[] = documents.length
    ? await manager.execute(
        `select ${LINE_COLUMNS} from invoice_line l
          where l.invoice_id in (${documents.map(() => "?").join(", ")})
            and l.deleted_at is null order by l.position`,
        documents.map((d) => d.id)
      )
    : []

  return documents.map((d) => ({
    ...d,
    lines: lines.filter((l) => l.invoice_id === d.id),
  }))
}

/**
 * The invoice of an order that a Medusa capture or refund belongs to.
 * A payment settles the oldest invoice with a balance left (else the
 * newest); a refund goes to an overpaid invoice first, else to the newest
 * one with money received, else the newest.
 */
export async function invoiceForOrderEntry(
  manager: SqlEntityManager,
  orderId: string,
  kind: "payment" | "refund"
): Promise<string | undefined> {
  const order =
    kind === "payment"
      ? `(balance > 0 and status = 'issued') desc,
          case when balance > 0 then issued_at end asc, issued_at desc`
      : `(payment_status = 'overpaid') desc,
          (amount_paid - amount_refunded > 0) desc, issued_at desc`
  const [row] = await manager.execute(
    `select id from invoice where order_id = ? and kind = 'invoice'
        and status <> 'void' and deleted_at is null
      order by ${order}, id limit 1`,
    [orderId]
  )

  return row?.id
}
