import type { SellerDetails } from "../options"
import type { InvoiceSnapshotInput } from "../types"
import { addDays, calendarDateIn } from "./dates"
import {
  computeInvoiceAmounts,
  SourceLine,
  SourceTaxLine,
} from "./invoice-amounts"
import { DecimalInput, toDecimal } from "./money"

type OrderAddress = Record<string, unknown> | null | undefined

type OrderLineItem = {
  id: string
  title: string
  subtitle?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  variant_id?: string | null
  product_id?: string | null
  quantity: DecimalInput
  unit_price: DecimalInput
  is_tax_inclusive?: boolean | null
  subtotal: DecimalInput
  discount_subtotal?: DecimalInput
  tax_lines?: SourceTaxLine[] | null
  /** Medusa's per-version item record: what was returned or written off. */
  detail?: {
    return_received_quantity?: DecimalInput
    written_off_quantity?: DecimalInput
  } | null
}

type OrderShippingMethod = {
  id: string
  name: string
  amount: DecimalInput
  is_tax_inclusive?: boolean | null
  subtotal: DecimalInput
  discount_subtotal?: DecimalInput
  tax_lines?: SourceTaxLine[] | null
}

/** The fields of an order that an invoice is made from. */
export type OrderForInvoice = {
  id: string
  display_id?: number | null
  status: string
  is_draft_order?: boolean | null
  email?: string | null
  customer_id?: string | null
  currency_code: string
  /** BCP 47 language tag of the order (Medusa 2.21's `order.locale`). */
  locale?: string | null
  billing_address?: OrderAddress
  shipping_address?: OrderAddress
  items?: (OrderLineItem | null)[] | null
  shipping_methods?: (OrderShippingMethod | null)[] | null
  customer?: {
    groups?: ({ metadata?: Record<string, unknown> | null } | null)[] | null
  } | null
}

/** Plugin settings that shape a snapshot. */
export type SnapshotSettings = {
  seller: SellerDetails
  payment_terms_days: number
  timezone: string
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "province",
  "country_code",
  "phone",
] as const

/**
 * Why an order cannot be invoiced, or null when it can.
 *
 * @example invoiceBlocker({ status: "canceled", ... }) // "canceled"
 */
export function invoiceBlocker(
  order: Pick<OrderForInvoice, "status" | "is_draft_order">
): "draft" | "canceled" | null {
  if (order.is_draft_order || order.status === "draft") {
    return "draft"
  }

  return order.status === "canceled" ? "canceled" : null
}

/**
 * Freezes an order into an invoice snapshot: seller, buyer, addresses,
 * lines, tax rows and totals, issue date today in the seller's time zone and
 * due date after the payment terms.
 */
export function buildInvoiceSnapshot(
  order: OrderForInvoice,
  settings: SnapshotSettings,
  now: Date
): InvoiceSnapshotInput {
  const currencyCode = order.currency_code.toLowerCase()

  return dateSnapshot(
    {
      order_id: order.id,
      order_display_id: order.display_id ?? null,
      customer_id: order.customer_id ?? null,
      email: order.email ?? null,
      currency_code: currencyCode,
      issue_date: "",
      due_date: "",
      payment_terms_days: paymentTermsFor(order, settings.payment_terms_days),
      seller: settings.seller,
      billing_address: pickAddress(order.billing_address),
      shipping_address: pickAddress(order.shipping_address),
      amounts: computeInvoiceAmounts(billableLines(order), currencyCode),
      metadata: order.locale ? { locale: order.locale } : null,
    },
    now,
    settings.timezone
  )
}

/**
 * Dates a snapshot: the issue date is the calendar date of `now` in the
 * seller's time zone, the due date that plus the payment terms. The module
 * dates the invoice again at the moment it takes its number.
 */
export function dateSnapshot(
  snapshot: InvoiceSnapshotInput,
  now: Date,
  timezone: string
): InvoiceSnapshotInput {
  const issueDate = calendarDateIn(now, timezone)

  return {
    ...snapshot,
    issue_date: issueDate,
    due_date: addDays(issueDate, snapshot.payment_terms_days),
  }
}

/**
 * The payment terms of an order: the longest `payment_terms_days` set in
 * the metadata of the customer's groups (a whole number of days, 0–365),
 * or the plugin's default when no group sets one.
 *
 * @example paymentTermsFor({ customer: { groups: [{ metadata:
 *   { payment_terms_days: 30 } }] } }, 14) // 30
 */
export function paymentTermsFor(
  order: Pick<OrderForInvoice, "customer">,
  fallback: number
): number {
  const terms = (order.customer?.groups ?? [])
    .map((group) => Number(group?.metadata?.payment_terms_days ?? NaN))
    .filter((days) => Number.isInteger(days) && days >= 0 && days <= 365)

  return terms.length ? Math.max(...terms) : fallback
}

/**
 * What the order bills now, line by line: each item at its quantity less
 * what was returned or written off (claims, damaged returns), and each
 * shipping method. Medusa's amounts are scaled to that quantity. A canceled
 * order bills nothing.
 */
export function billableLines(order: OrderForInvoice): SourceLine[] {
  if (order.status === "canceled") {
    return []
  }

  return toSourceLines(order).flatMap((line) => {
    const item = (order.items ?? []).find((i) => i?.id === line.id)
    const gone = toDecimal(item?.detail?.return_received_quantity).plus(
      toDecimal(item?.detail?.written_off_quantity)
    )
    if (!item || gone.isZero()) {
      return [line]
    }

    const quantity = toDecimal(line.quantity)
    const kept = quantity.minus(gone)
    if (!kept.isGreaterThan(0)) {
      return []
    }

    const scale = (v: DecimalInput | undefined) =>
      toDecimal(v).times(kept).dividedBy(quantity).toString()

    return [
      {
        ...line,
        quantity: kept.toString(),
        subtotal: scale(line.subtotal),
        discount_subtotal: scale(line.discount_subtotal),
      },
    ]
  })
}

function toSourceLines(order: OrderForInvoice): SourceLine[] {
  const items = (order.items ?? [])
    .filter(isPresent)
    .map((item): SourceLine => ({
      id: item.id,
      line_type: "item",
      title: item.product_title || item.title,
      description: item.variant_title || item.subtitle || null,
      sku: item.variant_sku ?? null,
      variant_id: item.variant_id ?? null,
      product_id: item.product_id ?? null,
      quantity: item.quantity,
      unit_price: item.unit_price,
      is_tax_inclusive: item.is_tax_inclusive,
      subtotal: item.subtotal,
      discount_subtotal: item.discount_subtotal,
      tax_lines: item.tax_lines,
    }))
  const shipping = (order.shipping_methods ?? [])
    .filter(isPresent)
    .map((method): SourceLine => ({
      id: method.id,
      line_type: "shipping",
      title: method.name,
      quantity: 1,
      unit_price: method.amount,
      is_tax_inclusive: method.is_tax_inclusive,
      subtotal: method.subtotal,
      discount_subtotal: method.discount_subtotal,
      tax_lines: method.tax_lines,
    }))

  return [...items, ...shipping]
}

function pickAddress(address: OrderAddress): Record<string, unknown> | null {
  if (!address) {
    return null
  }

  return Object.fromEntries(
    ADDRESS_FIELDS.filter((f) => address[f] != null).map((f) => [f, address[f]])
  )
}

function isPresent<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined
}
