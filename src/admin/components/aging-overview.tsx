import { Heading, Text, clx } from "@medusajs/ui"
import { useAging, useAgingCounts } from "../hooks/use-invoicing-queries"
import { useListParams } from "../hooks/use-list-params"
import { agingBucketFilter, toSearchParams } from "../lib/invoice-filters"
import { formatMoney } from "../lib/money"
import { AGING_BUCKETS, type AgingBucket, type AgingRow } from "../lib/types"
import { EmptyState, ErrorState, LoadingState } from "./query-state"

const BUCKET_LABELS: Record<AgingBucket, string> = {
  not_due: "Not yet due",
  days_1_30: "1–30 days overdue",
  days_31_60: "31–60 days overdue",
  days_61_90: "61–90 days overdue",
  days_over_90: "Over 90 days overdue",
}

const BUCKET_COLORS: Record<AgingBucket, string> = {
  not_due: "bg-ui-tag-blue-icon",
  days_1_30: "bg-ui-tag-orange-icon",
  days_31_60: "bg-ui-tag-orange-icon",
  days_61_90: "bg-ui-tag-red-icon",
  days_over_90: "bg-ui-tag-red-icon",
}

const plural = (n: number | undefined) =>
  n === undefined ? "… invoices" : `${n} invoice${n === 1 ? "" : "s"}`

type CurrencyBarsProps = {
  row: AgingRow
  asOf: string
  counts: Record<string, number | undefined>
}

/** One currency's buckets as horizontal bars; a bar filters the list. */
const CurrencyBars = ({ row, asOf, counts }: CurrencyBarsProps) => {
  const { replaceAll } = useListParams()
  const max = Math.max(...AGING_BUCKETS.map((bucket) => row[bucket]), 0)
  const money = (amount: number) => formatMoney(amount, row.currency_code)

  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">
        {row.currency_code.toUpperCase()}: {money(row.total)} open in{" "}
        {plural(row.count)}
      </Text>
      <ul className="flex flex-col gap-y-1">
        {AGING_BUCKETS.map((bucket) => {
          const count = counts[`${row.currency_code}:${bucket}`]
          const width = max > 0 ? (row[bucket] / max) * 100 : 0

          return (
            <li key={bucket}>
              <button
                type="button"
                data-testid={`invoicing-aging-bucket-${bucket}`}
                data-currency={row.currency_code}
                className="hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus grid w-full grid-cols-[160px_1fr_auto] items-center gap-x-3 rounded-md px-2 py-1 text-left outline-none"
                onClick={() =>
                  replaceAll(
                    toSearchParams(
                      agingBucketFilter(bucket, asOf, row.currency_code)
                    )
                  )
                }
              >
                <Text size="small">{BUCKET_LABELS[bucket]}</Text>
                <span className="bg-ui-bg-component h-3 overflow-hidden rounded-full">
                  <span
                    className={clx(
                      "block h-full rounded-full",
                      BUCKET_COLORS[bucket]
                    )}
                    style={{ width: `${width}%` }}
                  />
                </span>
                <Text size="small" className="tabular-nums text-right">
                  {money(row[bucket])} · {plural(count)}
                </Text>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/**
 * Receivables overview: what customers owe, per currency, by how late it
 * is (as of the seller's today). Each bar lists its invoices below.
 */
export const AgingOverview = () => {
  const { data, error, isPending, refetch } = useAging()
  const counts = useAgingCounts(data)

  return (
    <div
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="invoicing-aging"
    >
      <div className="flex items-baseline justify-between">
        <Heading level="h2">Receivables</Heading>
        {data && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            As of {data.as_of}
          </Text>
        )}
      </div>
      {isPending && <LoadingState rows={5} />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && !data.aging.length && (
        <EmptyState
          title="Nothing is owed"
          description="Every invoice is settled."
        />
      )}
      {data?.aging.map((row) => (
        <CurrencyBars
          key={row.currency_code}
          row={row}
          asOf={data.as_of}
          counts={counts}
        />
      ))}
    </div>
  )
}
