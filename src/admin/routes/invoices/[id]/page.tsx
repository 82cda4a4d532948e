import { ArrowLeft } from "@medusajs/icons"
import { Link, useParams } from "react-router-dom"
import { AuditTrail } from "../../../components/audit-trail"
import { CreditNotesList } from "../../../components/credit-notes-list"
import { InvoiceHeader } from "../../../components/invoice-header"
import { InvoiceLines } from "../../../components/invoice-lines"
import { LedgerList } from "../../../components/ledger-list"
import { ErrorState, LoadingState } from "../../../components/query-state"
import { Section } from "../../../components/section"
import { useInvoice } from "../../../hooks/use-invoicing-queries"

/**
 * One invoice or credit note: its frozen lines and tax summary, ledger,
 * credit notes and audit trail, with the same actions as the order page.
 */
const InvoiceDetailPage = () => {
  const { id } = useParams()
  const { data: invoice, error, isPending, refetch } = useInvoice(id!)

  return (
    <div
      className="flex flex-col gap-y-3"
      data-testid="invoicing-invoice-detail"
    >
      <Link
        to="/invoices"
        className="txt-compact-small text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-x-1"
      >
        <ArrowLeft /> Invoices
      </Link>
      {isPending && <LoadingState rows={6} />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {invoice && (
        <>
          <InvoiceHeader invoice={invoice} />
          <Section title="Lines">
            <InvoiceLines invoice={invoice} />
          </Section>
          {invoice.kind === "invoice" && (
            <>
              <Section title="Ledger">
                <LedgerList invoice={invoice} />
              </Section>
              <Section title="Credit notes">
                <CreditNotesList creditNotes={invoice.credit_notes ?? []} />
              </Section>
            </>
          )}
          <Section title="Audit trail">
            <AuditTrail entries={invoice.audit_trail ?? []} />
          </Section>
        </>
      )}
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Invoice",
}

export default InvoiceDetailPage
