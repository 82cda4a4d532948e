import { Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/dates"
import type { AuditEntry } from "../lib/types"
import { EmptyState } from "./query-state"

const show = (value: unknown) =>
  value === null || value === undefined
    ? "–"
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value)

/** "balance: 41.41 → 31.41" for every field the entry changed. */
function changes(entry: AuditEntry): string[] {
  const after = entry.after ?? {}
  const before = entry.before ?? {}
  const fields = Array.from(
    new Set([...Object.keys(before), ...Object.keys(after)])
  )

  return fields.map((field) =>
    entry.before
      ? `${field}: ${show(before[field])} → ${show(after[field])}`
      : `${field}: ${show(after[field])}`
  )
}

/**
 * Every recorded change of the invoice's state, newest first: what
 * happened, why, who did it, and the fields before and after.
 */
export const AuditTrail = ({ entries }: { entries: AuditEntry[] }) => {
  const sorted = [...entries].sort((a, b) =>
    b.created_at.localeCompare(a.created_at)
  )

  if (!sorted.length) {
    return <EmptyState title="No changes recorded" />
  }

  return (
    <ol className="flex flex-col divide-y">
      {sorted.map((entry) => (
        <li
          key={entry.id}
          className="flex flex-col gap-y-0.5 py-2"
          data-testid="invoicing-audit-entry"
        >
          <div className="flex flex-wrap justify-between gap-x-4">
            <Text size="small" weight="plus">
              {entry.action}
              {entry.reason ? ` · ${entry.reason}` : ""}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(entry.created_at)}
            </Text>
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            By {entry.actor_type}
            {entry.actor_id ? ` ${entry.actor_id}` : ""}
          </Text>
          <ul className="font-mono text-ui-fg-subtle txt-compact-xsmall">
            {changes(entry).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}
