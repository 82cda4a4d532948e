const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Adds days to a calendar date (`YYYY-MM-DD`), in UTC arithmetic so that
 * no time zone or daylight-saving change can shift it.
 *
 * @example addDays("2026-03-01", -1) // "2026-02-28"
 */
export function addDays(date: string, days: number): string {
  const match = CALENDAR_DATE.exec(date)
  if (!match) {
    return date
  }

  const [, y, m, d] = match
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d) + days)

  return new Date(time).toISOString().slice(0, 10)
}

/** Whether a string is a calendar date `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return CALENDAR_DATE.test(value)
}

/** A moment (ISO timestamp) in the admin's own time zone. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) {
    return "–"
  }

  const date = new Date(timestamp)

  return Number.isNaN(date.getTime())
    ? timestamp
    : date.toLocaleString(undefined, {
        dateStyle: "medium",
        timeStyle: "short",
      })
}
