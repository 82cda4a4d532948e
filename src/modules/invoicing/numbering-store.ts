import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

/**
 * The order's current primary invoice (not void), if any.
 */
export async function findPrimaryInvoice(
  manager: SqlEntityManager,
  orderId: string
): Promise<{ id: string; number: string } | undefined> {
  const [row] = await manager.execute(
    `select id, number from invoice where order_id = ?
      and kind = 'invoice' and origin = 'order' and status <> 'void'
      and deleted_at is null`,
    [orderId]
  )

  return row ? { id: row.id, number: row.number } : undefined
}

/**
 * Takes the next number of a series and year, inside the caller's
 * transaction. One atomic upsert: the row lock it takes is held until
 * commit, so concurrent issues queue here and each sees the previous one's
 * value; a rollback gives the number back.
 */
export async function takeNextSequence(
  manager: SqlEntityManager,
  series: string,
  year: number
): Promise<number> {
  const [row] = await manager.execute(
    `insert into invoice_number_counter (id, series, year, last_value)
      values (?, ?, ?, 1)
      on conflict (series, year) where deleted_at is null
        do update
        set last_value = invoice_number_counter.last_value + 1,
            updated_at = now()
      returning last_value`,
    [generateEntityId(undefined, "invcnt"), series, year]
  )

  return Number(row.last_value)
}

/**
 * Takes back an invoice whose issue failed after the insert. If its number
 * is still the last of its series and year, the invoice is deleted and the
 * number returned to the counter; otherwise it is voided, staying in the
 * sequence. Returns the number when it was voided.
 */
export async function releaseNumber(
  manager: SqlEntityManager,
  id: string
): Promise<string | undefined> {
  const [invoice] = await manager.execute(
    "select series, year, sequence, number from invoice where id = ?",
    [id]
  )
  if (!invoice) {
    return undefined
  }

  const [counter] = await manager.execute(
    `select last_value from invoice_number_counter
      where series = ? and year = ? for update`,
    [invoice.series, invoice.year]
  )
  if (counter && Number(counter.last_value) === Number(invoice.sequence)) {
    await manager.execute("set local invoicing.allow_release = 'on'")
    await manager.execute("delete from invoice where id = ?", [id])
    await manager.execute(
      `update invoice_number_counter set last_value = last_value - 1,
        updated_at = now() where series = ? and year = ?`,
      [invoice.series, invoice.year]
    )

    return undefined
  }

  await manager.execute(
    `update invoice set status = 'void', display_status = 'void',
      updated_at = now() where id = ?`,
    [id]
  )

  return invoice.number
}

/** The sequence the next document of a series and year will take. */
export async function peekNextSequence(
  manager: SqlEntityManager,
  series: string,
  year: number
): Promise<number> {
  const [row] = await manager.execute(
    `select last_value from invoice_number_counter
      where series = ? and year = ? and deleted_at is null`,
    [series, year]
  )

  return Number(row?.last_value ?? 0) + 1
}
