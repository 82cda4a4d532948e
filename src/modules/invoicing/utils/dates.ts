/**
 * Calendar dates are plain `YYYY-MM-DD` strings: an issue date or a due date
 * is a day on the seller's calendar, not an instant.
 */
export type CalendarDate = string

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone })

    return true
  } catch {
    return false
  }
}

/**
 * The calendar date of an instant in a time zone.
 *
 * @example calendarDateIn(new Date("2026-12-31T23:30:00Z"), "Europe/Berlin")
 * // "2027-01-01"
 */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)?.value

  return `${get("year")}-${get("month")}-${get("day")}`
}

/**
 * Adds whole days to a calendar date, across month and year ends and leap
 * days.
 *
 * @example addDays("2026-12-25", 14) // "2027-01-08"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const match = CALENDAR_DATE.exec(date)
  if (!match) {
    throw new Error(`Not a calendar date (YYYY-MM-DD): ${date}`)
  }

  const utc = new Date(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days)
  )

  return utc.toISOString().slice(0, 10)
}

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4))
}
