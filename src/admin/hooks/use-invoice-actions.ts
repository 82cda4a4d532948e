import { useMutation, useQueryClient } from "@tanstack/react-query"
import { invoicingApi } from "../lib/api"
import type { CreditNoteBody, RecordPaymentBody } from "../lib/api"
import { invoicingKeys, ORDERS_QUERY_ROOT } from "../lib/query-keys"

/**
 * A mutation that, once it succeeded, refreshes every invoicing view and
 * Medusa's own order data (its payment and status sections), without a
 * page reload.
 */
function useInvoicingMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>
) {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invoicingKeys.all }),
        queryClient.invalidateQueries({ queryKey: ORDERS_QUERY_ROOT }),
      ]),
  })
}

/** Issues the invoice of an order that has none. */
export const useIssueInvoice = (orderId: string) =>
  useInvoicingMutation(() => invoicingApi.issueInvoice(orderId))

/** Records a payment received outside Medusa. */
export const useRecordPayment = (invoiceId: string) =>
  useInvoicingMutation((body: RecordPaymentBody) =>
    invoicingApi.recordPayment(invoiceId, body)
  )

/** Reverses one ledger entry, with a reason. */
export const useReverseEntry = (invoiceId: string) =>
  useInvoicingMutation((input: { entryId: string; reason: string }) =>
    invoicingApi.reverseEntry(invoiceId, input.entryId, input.reason)
  )

/** Issues a credit note by amount or by lines. */
export const useCreditNote = (invoiceId: string) =>
  useInvoicingMutation((body: CreditNoteBody) =>
    invoicingApi.creditNote(invoiceId, body)
  )

/** Voids an invoice (only with the plugin option `allow_void`). */
export const useVoidInvoice = (invoiceId: string) =>
  useInvoicingMutation((reason?: string) =>
    invoicingApi.void(invoiceId, reason)
  )

/** E-mails the document again. */
export const useSendInvoice = (invoiceId: string) =>
  useInvoicingMutation(() => invoicingApi.send(invoiceId))
