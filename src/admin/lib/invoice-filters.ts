import { isBillingStatus } from "./billing-status"
import { addDays, isCalendarDate } from "./dates"
import { type AgingBucket, INVOICE_LIST_FIELDS } from "./types"

/** Invoices per page of the list. */
export const PAGE_SIZE = 20

/** Sort orders the list offers (`-` for descending), first the default. */
export const SORT_OPTIONS = [
  { value: "-issued_at", label: "Newest first" },
  { value: "issued_at", label: "Oldest first" },
  { value: "number", label: "Number (ascending)" },
  { value: "-number", label: "Number (descending)" },
  { value: "due_date", label: "Due date (earliest)" },
  { value: "-due_date", label: "Due date (latest)" },
  { value: "-issue_date", label: "Issue date (latest)" },
  { value: "issue_date", label: "Issue date (earliest)" },
  { value: "-total", label: "Total (highest)" },
  { value: "total", label: "Total (lowest)" },
  { value: "-balance", label: "Balance (highest)" },
  { value: "balance", label: "Balance (lowest)" },
] as const

/** The date bounds the list filters by; all exclusive `YYYY-MM-DD`. */
export const DATE_FILTERS = [
  { key: "issued_after", label: "Issued after" },
  { key: "issued_before", label: "Issued before" },
  { key: "due_after", label: "Due after" },
  { key: "due_before", label: "Due before" },
] as const

/** URL parameters that narrow the list (all but paging and sorting). */
export const FILTER_PARAMS = [
  "q",
  "display_status",
  "payment_status",
  "kind",
  "overdue",
  "currency_code",
  "customer_id",
  ...DATE_FILTERS.map((f) => f.key),
]

type ListQuery = Record<string, string | string[] | number>

/**
 * Turns the page's URL parameters into the query of `GET /admin/invoices`,
 * dropping what the API would refuse (so a hand-edited URL still lists).
 */
export function listQuery(params: URLSearchParams): ListQuery {
  const query: ListQuery = {
    fields: INVOICE_LIST_FIELDS.join(","),
    limit: PAGE_SIZE,
    offset: Math.max(0, Math.floor(Number(params.get("offset")) || 0)),
    order: SORT_OPTIONS.some((o) => o.value === params.get("order"))
      ? params.get("order")!
      : SORT_OPTIONS[0].value,
  }
  const q = params.get("q")?.trim()
  if (q) {
    query.q = q
  }

  const statuses = params
    .getAll("display_status")
    .filter((s) => isBillingStatus(s) && s !== "not_invoiced")
  if (statuses.length) {
    query.display_status = statuses
  }

  const paymentStatuses = params.getAll("payment_status")
  if (paymentStatuses.length) {
    query.payment_status = paymentStatuses
  }

  for (const key of ["overdue", "kind", "customer_id"]) {
    const value = params.get(key)
    if (value) {
      query[key] = value
    }
  }

  const currency = params.get("currency_code")?.trim().toLowerCase()
  if (currency && /^[a-z]{3}$/.test(currency)) {
    query.currency_code = currency
  }

  for (const { key } of DATE_FILTERS) {
    const value = params.get(key)
    if (value && isCalendarDate(value)) {
      query[key] = value
    }
  }

  return query
}

/**
 * The list filter that shows the invoices of one aging bucket: days past
 * the due date as of `asOf` (the API's "today" on the seller's calendar),
 * with exclusive date bounds.
 */
export function agingBucketFilter(
  bucket: AgingBucket,
  asOf: string,
  currencyCode: string
): Record<string, string | string[]> {
  const base = { currency_code: currencyCode }
  const late = (after: number | null, before: number) => ({
    ...base,
    overdue: "true",
    due_before: addDays(asOf, -before),
    ...(after === null ? {} : { due_after: addDays(asOf, -after) }),
  })

  switch (bucket) {
    case "not_due":
      return {
        ...base,
        display_status: ["invoiced", "partially_paid"],
        due_after: addDays(asOf, -1),
      }
    case "days_1_30":
      return late(31, 0)
    case "days_31_60":
      return late(61, 30)
    case "days_61_90":
      return late(91, 60)
    case "days_over_90":
      return late(null, 90)
  }
}

/** URL search parameters from a filter object (lists repeat the key). */
export function toSearchParams(
  filter: Record<string, string | string[]>
): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filter)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, item)
    }
  }

  return params
}
