import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"

/** Receivables of one currency by how late they are. */
export type AgingRow = {
  currency_code: string
  not_due: number
  days_1_30: number
  days_31_60: number
  days_61_90: number
  days_over_90: number
  total: number
  count: number
}

/** What one customer owes and how their invoices stand. */
export type CustomerInvoiceSummary = {
  customer_id: string
  open_balances: { currency_code: string; balance: number }[]
  counts: Record<string, number>
  oldest_overdue_due_date: string | null
}

const OPEN = `kind = 'invoice' and status = 'issued' and balance > 0
  and deleted_at is null`

/**
 * Open balances by currency and aging bucket (days past the due date as of
 * `today`), summed by the database.
 */
export async function agingReport(
  manager: SqlEntityManager,
  today: string,
  currencyCode?: string
): Promise<AgingRow[]> {
  const rows = await manager.execute(
    `select currency_code,
        coalesce(sum(balance) filter (where late <= 0), 0)::text as not_due,
        coalesce(sum(balance) filter (where late between 1 and 30), 0)::text
          as days_1_30,
        coalesce(sum(balance) filter (where late between 31 and 60), 0)::text
          as days_31_60,
        coalesce(sum(balance) filter (where late between 61 and 90), 0)::text
          as days_61_90,
        coalesce(sum(balance) filter (where late > 90), 0)::text
          as days_over_90,
        sum(balance)::text as total,
        count(*)::int as count
      from (
        select currency_code, balance, ?::date - due_date::date as late
        from invoice where ${OPEN}
          and (?::text is null or currency_code = ?)
      ) open_invoices
      group by currency_code order by currency_code`,
    [today, currencyCode ?? null, currencyCode ?? null]
  )

  return rows.map((row: Record<string, string | number>) => ({
    ...row,
    not_due: Number(row.not_due),
    days_1_30: Number(row.days_1_30),
    days_31_60: Number(row.days_31_60),
    days_61_90: Number(row.days_61_90),
    days_over_90: Number(row.days_over_90),
    total: Number(row.total),
  })) as AgingRow[]
}

/** A customer's open balance per currency, counts by status, oldest late. */
export async function customerSummary(
  manager: SqlEntityManager,
  customerId: string,
  today: string
): Promise<CustomerInvoiceSummary> {
  const balances: { currency_code: string; balance: string }[] =
    await manager.execute(
      `select currency_code, sum(balance)::text as balance from invoice
      where customer_id = ? and ${OPEN}
      group by currency_code order by currency_code`,
      [customerId]
    )
  const counts: { display_status: string; count: number }[] =
    await manager.execute(
      `select display_status, count(*)::int as count from invoice
      where customer_id = ? and kind = 'invoice' and deleted_at is null
      group by display_status`,
      [customerId]
    )
  const [oldest] = await manager.execute(
    `select min(due_date) as due_date from invoice
      where customer_id = ? and ${OPEN} and due_date < ?`,
    [customerId, today]
  )

  return {
    customer_id: customerId,
    open_balances: balances.map(
      (b: { currency_code: string; balance: string }) => ({
        currency_code: b.currency_code,
        balance: Number(b.balance),
      })
    ),
    counts: Object.fromEntries(counts.map((c) => [c.display_status, c.count])),
    oldest_overdue_due_date: oldest?.due_date ?? null,
  }
}

/** How many orders are invoiced, overdue and not invoiced at all. */
export type OrderCounts = {
  invoiced: number
  overdue: number
  not_invoiced: number
}

/**
 * Counts orders by billing state: with a live invoice, with an overdue
 * invoice (balance left after its due date as of `today`), and of the
 * store's `totalOrders` (not drafts) those without any live invoice.
 */
export async function orderCounts(
  manager: SqlEntityManager,
  today: string,
  totalOrders: number
): Promise<OrderCounts> {
  const [row] = await manager.execute(
    `select count(distinct order_id)::int as invoiced,
        count(distinct order_id) filter (
          where balance > 0 and status = 'issued' and due_date < ?
        )::int as overdue
      from invoice
      where kind = 'invoice' and status <> 'void' and deleted_at is null`,
    [today]
  )

  return {
    invoiced: row.invoiced,
    overdue: row.overdue,
    not_invoiced: Math.max(totalOrders - row.invoiced, 0),
  }
}
