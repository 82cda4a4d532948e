import { Button, Text, toast } from "@medusajs/ui"
import { useDownloadPdf } from "../hooks/use-download-pdf"
import { useSendInvoice } from "../hooks/use-invoice-actions"
import { errorMessage } from "../lib/errors"
import type { InvoiceDetail } from "../lib/types"
import { CreditNoteDrawer } from "./credit-note-drawer"
import { RecordPaymentDrawer } from "./record-payment-drawer"
import { VoidDrawer } from "./void-drawer"

/**
 * What an admin can do with one document: record a payment, download its
 * PDF, issue a credit note, void it, e-mail it again. Payment, credit note
 * and void are offered on issued invoices only; the API decides the rest.
 */
export const DocumentActions = ({ invoice }: { invoice: InvoiceDetail }) => {
  const download = useDownloadPdf(invoice.id, invoice.number)
  const send = useSendInvoice(invoice.id)
  const isOpenInvoice =
    invoice.kind === "invoice" && invoice.status === "issued"
  const failure = download.error ?? send.error

  const resend = () =>
    send.mutate(undefined, {
      onSuccess: () => toast.success(`${invoice.number} was e-mailed again`),
    })

  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex flex-wrap gap-2">
        {isOpenInvoice && <RecordPaymentDrawer invoice={invoice} />}
        <Button
          size="small"
          variant="secondary"
          isLoading={download.isPending}
          onClick={() => download.mutate()}
        >
          Download PDF
        </Button>
        {isOpenInvoice && <CreditNoteDrawer invoice={invoice} />}
        {isOpenInvoice && <VoidDrawer invoice={invoice} />}
        {invoice.status !== "void" && (
          <Button
            size="small"
            variant="secondary"
            isLoading={send.isPending}
            onClick={resend}
          >
            Resend e-mail
          </Button>
        )}
      </div>
      {failure && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {errorMessage(failure)}
        </Text>
      )}
    </div>
  )
}
