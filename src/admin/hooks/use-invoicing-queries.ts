import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query"
import { invoicingApi } from "../lib/api"
import { agingBucketFilter } from "../lib/invoice-filters"
import { invoicingKeys } from "../lib/query-keys"
import { AGING_BUCKETS, type AgingResponse } from "../lib/types"

/** An order's documents and billing status. */
export const useOrderInvoices = (orderId: string) =>
  useQuery({
    queryKey: invoicingKeys.order(orderId),
    queryFn: () => invoicingApi.orderInvoices(orderId),
  })

/** One document with lines, tax rows, ledger, audit trail, credit notes. */
export const useInvoice = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: invoicingKeys.invoice(id),
    queryFn: () => invoicingApi.retrieve(id).then((r) => r.invoice),
    ...options,
  })

/** One page of the invoice list; the previous page stays while loading. */
export const useInvoiceList = (query: Record<string, unknown>) =>
  useQuery({
    queryKey: invoicingKeys.list(query),
    queryFn: () => invoicingApi.list(query),
    placeholderData: keepPreviousData,
  })

/** Open receivables per currency and aging bucket. */
export const useAging = () =>
  useQuery({ queryKey: invoicingKeys.aging(), queryFn: invoicingApi.aging })

/**
 * How many invoices each aging bucket holds, per currency: the aging
 * report sums amounts only, so each bucket's count is the `count` of the
 * list filtered exactly as a click on the bucket filters it.
 */
export const useAgingCounts = (aging: AgingResponse | undefined) => {
  const cells = (aging?.aging ?? []).flatMap((row) =>
    AGING_BUCKETS.map((bucket) => ({
      key: `${row.currency_code}:${bucket}`,
      query: {
        ...agingBucketFilter(bucket, aging!.as_of, row.currency_code),
        limit: 1,
        fields: "id",
      },
    }))
  )
  const results = useQueries({
    queries: cells.map((cell) => ({
      queryKey: invoicingKeys.list(cell.query),
      queryFn: () => invoicingApi.list(cell.query),
    })),
  })

  return Object.fromEntries(
    cells.map((cell, i) => [cell.key, results[i].data?.count])
  ) as Record<string, number | undefined>
}

/** A customer's open balances and invoice counts. */
export const useCustomerSummary = (customerId: string) =>
  useQuery({
    queryKey: invoicingKeys.customer(customerId),
    queryFn: () =>
      invoicingApi.customerSummary(customerId).then((r) => r.summary),
  })

/** Orders invoiced, overdue and not invoiced. */
export const useOrderCounts = () =>
  useQuery({
    queryKey: invoicingKeys.orderCounts(),
    queryFn: invoicingApi.orderCounts,
  })

/** The seller settings and the next numbers. */
export const useInvoicingSettings = () =>
  useQuery({
    queryKey: invoicingKeys.settings(),
    queryFn: invoicingApi.settings,
  })
