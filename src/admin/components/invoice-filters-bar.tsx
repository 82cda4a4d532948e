import { Button, Input, Label, Switch } from "@medusajs/ui"
import { type ReactNode, useCallback, useEffect, useState } from "react"
import { useListParams } from "../hooks/use-list-params"
import { BILLING_STATUS } from "../lib/billing-status"
import {
  DATE_FILTERS,
  FILTER_PARAMS,
  SORT_OPTIONS,
} from "../lib/invoice-filters"
import { DebouncedInput } from "./debounced-input"
import { NativeSelect } from "./native-select"

const STATUSES = Object.entries(BILLING_STATUS).filter(
  ([status]) => status !== "not_invoiced"
)

/** A labelled control of the filter bar. */
const Control = ({
  id,
  label,
  children,
}: {
  id: string
  label: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall" weight="plus">
      {label}
    </Label>
    {children}
  </div>
)

/**
 * Search, filters and sort of the invoice list, all kept in the URL:
 * search by number, e-mail or order number; status; type; overdue;
 * currency; issue and due date bounds (exclusive).
 */
export const InvoiceFiltersBar = () => {
  const { params, setParam, replaceAll } = useListParams()
  const setQ = useCallback((q: string) => setParam("q", q.trim()), [setParam])
  const setCurrency = useCallback(
    (code: string) => setParam("currency_code", code.trim().toLowerCase()),
    [setParam]
  )
  const statuses = params.getAll("display_status")
  // The switch follows a click at once; the URL (and the list) catch up.
  const urlOverdue = params.get("overdue") === "true"
  const [overdue, setOverdue] = useState(urlOverdue)
  useEffect(() => setOverdue(urlOverdue), [urlOverdue])
  const filtered = FILTER_PARAMS.some((key) => params.has(key))

  const clear = () => {
    const next = new URLSearchParams()
    if (params.get("order")) {
      next.set("order", params.get("order")!)
    }
    replaceAll(next)
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-[240px] flex-1">
          <DebouncedInput
            type="search"
            size="small"
            placeholder="Search invoices"
            aria-label="Search invoices by number, e-mail or order number"
            value={params.get("q") ?? ""}
            onCommit={setQ}
          />
        </div>
        <Control id="invoicing-filter-status" label="Status">
          <NativeSelect
            id="invoicing-filter-status"
            value={statuses.length === 1 ? statuses[0] : ""}
            onChange={(e) => setParam("display_status", e.target.value)}
          >
            <option value="">{statuses.length > 1 ? "Several" : "All"}</option>
            {STATUSES.map(([status, { label }]) => (
              <option key={status} value={status}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </Control>
        <Control id="invoicing-filter-kind" label="Type">
          <NativeSelect
            id="invoicing-filter-kind"
            value={params.get("kind") ?? ""}
            onChange={(e) => setParam("kind", e.target.value)}
          >
            <option value="">All documents</option>
            <option value="invoice">Invoices</option>
            <option value="credit_note">Credit notes</option>
          </NativeSelect>
        </Control>
        <Control id="invoicing-filter-currency" label="Currency">
          <DebouncedInput
            id="invoicing-filter-currency"
            size="small"
            className="w-24"
            placeholder="EUR"
            maxLength={3}
            value={(params.get("currency_code") ?? "").toUpperCase()}
            onCommit={setCurrency}
          />
        </Control>
        <Control id="invoicing-sort" label="Sort by">
          <NativeSelect
            id="invoicing-sort"
            value={params.get("order") ?? SORT_OPTIONS[0].value}
            onChange={(e) => setParam("order", e.target.value)}
          >
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect>
        </Control>
        <div className="flex h-8 items-center gap-x-2">
          <Switch
            id="invoicing-filter-overdue"
            checked={overdue}
            onCheckedChange={(on) => {
              setOverdue(on)
              setParam("overdue", on ? "true" : null)
            }}
          />
          <Label htmlFor="invoicing-filter-overdue" size="small">
            Overdue
          </Label>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {DATE_FILTERS.map(({ key, label }) => (
          <Control key={key} id={`invoicing-filter-${key}`} label={label}>
            <Input
              id={`invoicing-filter-${key}`}
              type="date"
              size="small"
              value={params.get(key) ?? ""}
              onChange={(e) => setParam(key, e.target.value)}
            />
          </Control>
        ))}
        {filtered && (
          <Button size="small" variant="transparent" onClick={clear}>
            Clear filters
          </Button>
        )}
      </div>
    </div>
  )
}
