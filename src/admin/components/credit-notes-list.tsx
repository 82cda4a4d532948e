import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatMoney } from "../lib/money"
import type { CreditNote } from "../lib/types"
import { EmptyState } from "./query-state"
import { StatusBadge } from "./status-badge"

/** The credit notes that correct an invoice, each opening its own page. */
export const CreditNotesList = ({
  creditNotes,
}: {
  creditNotes: CreditNote[]
}) => {
  if (!creditNotes.length) {
    return <EmptyState title="No credit notes" />
  }

  return (
    <ul className="flex flex-col divide-y">
      {creditNotes.map((note) => (
        <li
          key={note.id}
          className="flex items-start justify-between gap-x-4 py-2"
          data-testid="invoicing-credit-note"
          data-number={note.number}
        >
          <div className="flex flex-col">
            <Link
              to={`/invoices/${note.id}`}
              className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
            >
              {note.number}
            </Link>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {note.issue_date}
              {note.reason ? ` · ${note.reason}` : ""}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Text size="small" className="tabular-nums">
              {formatMoney(note.total, note.currency_code)}
            </Text>
            <StatusBadge status={note.display_status} />
          </div>
        </li>
      ))}
    </ul>
  )
}
