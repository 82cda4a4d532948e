import { Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/dates"
import { ENTRY_KIND_LABELS, METHOD_LABELS } from "../lib/labels"
import { formatMoney } from "../lib/money"
import type { InvoiceDetail, LedgerEntry } from "../lib/types"
import { ReverseEntryDrawer } from "./reverse-entry-drawer"

/** Whether an entry can still be reversed (API rules, checked again there). */
function isReversible(entry: LedgerEntry, entries: LedgerEntry[]): boolean {
  return (
    (entry.kind === "payment" || entry.kind === "refund") &&
    !entries.some((other) => other.reverses_id === entry.id)
  )
}

type LedgerListProps = {
  invoice: InvoiceDetail
  /** The short form for the order page: no references, notes or actors. */
  compact?: boolean
}

/**
 * An invoice's payment ledger, oldest first: what came in and went out,
 * how and when, with "Reverse" on each entry that can still be reversed.
 */
export const LedgerList = ({ invoice, compact }: LedgerListProps) => {
  const entries = [...(invoice.payments ?? [])].sort((a, b) =>
    a.occurred_at.localeCompare(b.occurred_at)
  )
  const canReverse = invoice.status !== "void"

  if (!entries.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No payments recorded.
      </Text>
    )
  }

  return (
    <ul
      className="flex flex-col divide-y"
      aria-label={`Ledger of ${invoice.number}`}
    >
      {entries.map((entry) => (
        <li
          key={entry.id}
          className="flex items-start justify-between gap-x-2 py-1.5"
          data-testid="invoicing-ledger-entry"
        >
          <div className="flex min-w-0 flex-col">
            <Text size="small" weight="plus">
              {ENTRY_KIND_LABELS[entry.kind]}
              {entry.kind === "payment" || entry.kind === "refund"
                ? ` · ${METHOD_LABELS[entry.method] ?? entry.method}`
                : ""}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(entry.occurred_at)}
              {entry.source === "medusa" ? " · via Medusa" : ""}
            </Text>
            {!compact && <EntryDetails entry={entry} />}
          </div>
          <div className="flex shrink-0 items-center gap-x-1">
            <Text size="small" className="tabular-nums">
              {formatMoney(entry.amount, invoice.currency_code)}
            </Text>
            {canReverse && isReversible(entry, entries) && (
              <ReverseEntryDrawer
                invoiceId={invoice.id}
                currencyCode={invoice.currency_code}
                entry={entry}
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}

const EntryDetails = ({ entry }: { entry: LedgerEntry }) => {
  const details = [
    entry.reference && `Reference: ${entry.reference}`,
    entry.note && `Note: ${entry.note}`,
    entry.reverses_id && `Reverses ${entry.reverses_id}`,
    entry.source_ref && `Medusa ${entry.source_ref}`,
    `By ${entry.actor_type}${entry.actor_id ? ` ${entry.actor_id}` : ""}`,
  ].filter(Boolean)

  return (
    <Text size="xsmall" className="text-ui-fg-subtle break-words">
      {details.join(" · ")}
    </Text>
  )
}
