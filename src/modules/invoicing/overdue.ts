import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { addDays } from "./utils/dates"

/** What one run of the overdue check changed. */
export type OverdueRun = {
  /** Invoices that became overdue, with the status they had before. */
  overdue: { id: string; previous_display_status: string }[]
  /** Reminder levels reached, with the level each invoice had before. */
  reminders: { id: string; level: number; previous_level: number }[]
}

/** An issued invoice `i` with a balance left. */
const OPEN = `i.status = 'issued' and i.deleted_at is null and i.balance > 0
  and i.payment_status in ('unpaid', 'partially_paid')`

/**
 * Marks invoices whose due date has passed with a balance left as
 * `overdue`, and raises their reminder level for each level whose days
 * after the due date have passed. Each invoice and level is reported once:
 * a second run on the same day changes nothing.
 */
export async function markOverdue(
  manager: SqlEntityManager,
  today: string,
  reminderDays: number[]
): Promise<OverdueRun> {
  const overdue = await manager.execute(
    `update invoice i set display_status = 'overdue', updated_at = now()
      from invoice before
      where i.id = before.id and ${OPEN}
        and i.due_date < ? and i.display_status <> 'overdue'
      returning i.id, before.display_status as previous_display_status`,
    [today]
  )
  const reminders: OverdueRun["reminders"] = []
  for (const [index, days] of reminderDays.entries()) {
    const level = index + 1
    const rows = await manager.execute(
      `update invoice i set reminder_level = ?, updated_at = now()
        from invoice before
        where i.id = before.id and ${OPEN}
          and i.due_date <= ? and i.reminder_level < ?
        returning i.id, before.reminder_level as previous_level`,
      [level, addDays(today, -days), level]
    )
    rows.forEach((row) =>
      reminders.push({
        id: row.id,
        level,
        previous_level: Number(row.previous_level),
      })
    )
  }

  return {
    overdue: overdue as OverdueRun["overdue"],
    reminders,
  }
}

/** Puts back what a run changed (the compensation of the overdue step). */
export async function undoOverdue(
  manager: SqlEntityManager,
  run: OverdueRun
): Promise<void> {
  for (const row of run.overdue) {
    await manager.execute(
      "update invoice set display_status = ? where id = ?",
      [row.previous_display_status, row.id]
    )
  }
  for (const row of [...run.reminders].reverse()) {
    await manager.execute(
      "update invoice set reminder_level = ? where id = ?",
      [row.previous_level, row.id]
    )
  }
}
