/**
 * React Query keys of the plugin's data, all under one root so that one
 * invalidation refreshes every invoicing view. Medusa's own order queries
 * live under `["orders", ...]` (see the dashboard's `ordersQueryKeys`).
 */
export const invoicingKeys = {
  all: ["invoicing"] as const,
  order: (orderId: string) => ["invoicing", "order", orderId] as const,
  invoice: (id: string) => ["invoicing", "invoice", id] as const,
  list: (query: Record<string, unknown>) =>
    ["invoicing", "list", query] as const,
  aging: () => ["invoicing", "aging"] as const,
  settings: () => ["invoicing", "settings"] as const,
  customer: (customerId: string) =>
    ["invoicing", "customer", customerId] as const,
  orderCounts: () => ["invoicing", "order-counts"] as const,
}

/** Medusa's dashboard keys every order query under this root. */
export const ORDERS_QUERY_ROOT = ["orders"] as const
