import { sdk } from "./sdk"
import type { SettingsResponse, SettingsUpdate } from "./settings-types"
import type {
  AgingResponse,
  CustomerInvoiceSummary,
  Invoice,
  InvoiceDetail,
  InvoiceListResponse,
  OrderCounts,
  OrderInvoicesResponse,
  PaymentMethod,
} from "./types"

const post = <T>(path: string, body: Record<string, unknown> = {}) =>
  sdk.client.fetch<T>(path, { method: "POST", body })

/** Body of `POST /admin/invoices/:id/payments`. */
export type RecordPaymentBody = {
  amount: string
  method: PaymentMethod
  reference?: string
  note?: string
  occurred_at?: string
  allow_overpayment?: boolean
}

/** Body of `POST /admin/invoices/:id/credit-notes`: an amount or lines. */
export type CreditNoteBody =
  | { amount: string; reason: string }
  | { lines: { line_id: string; quantity: number }[]; reason: string }

/** The plugin's admin API, one function per route. */
export const invoicingApi = {
  orderInvoices: (orderId: string) =>
    sdk.client.fetch<OrderInvoicesResponse>(
      `/admin/orders/${orderId}/invoices`
    ),
  issueInvoice: (orderId: string) =>
    post<{ invoice: Invoice }>(`/admin/orders/${orderId}/invoices`),
  list: (query: Record<string, unknown>) =>
    sdk.client.fetch<InvoiceListResponse>("/admin/invoices", { query }),
  retrieve: (id: string) =>
    sdk.client.fetch<{ invoice: InvoiceDetail }>(`/admin/invoices/${id}`),
  recordPayment: (id: string, body: RecordPaymentBody) =>
    post<{ invoice: Invoice }>(`/admin/invoices/${id}/payments`, body),
  reverseEntry: (id: string, entryId: string, reason: string) =>
    post<{ invoice: Invoice }>(
      `/admin/invoices/${id}/payments/${entryId}/reverse`,
      { reason }
    ),
  creditNote: (id: string, body: CreditNoteBody) =>
    post<{ credit_note: Invoice }>(`/admin/invoices/${id}/credit-notes`, body),
  void: (id: string, reason?: string) =>
    post<{ invoice: Invoice }>(
      `/admin/invoices/${id}/void`,
      reason ? { reason } : {}
    ),
  send: (id: string) => post<{ sent: boolean }>(`/admin/invoices/${id}/send`),
  pdf: (id: string) =>
    sdk.client.fetch<Response>(`/admin/invoices/${id}/pdf`, {
      headers: { accept: "application/pdf" },
    }),
  aging: () => sdk.client.fetch<AgingResponse>("/admin/invoices/aging"),
  customerSummary: (customerId: string) =>
    sdk.client.fetch<{ summary: CustomerInvoiceSummary }>(
      `/admin/customers/${customerId}/invoice-summary`
    ),
  orderCounts: () =>
    sdk.client.fetch<OrderCounts>("/admin/invoicing/order-counts"),
  settings: () =>
    sdk.client.fetch<SettingsResponse>("/admin/invoicing/settings"),
  updateSettings: (change: SettingsUpdate) =>
    post<SettingsResponse>("/admin/invoicing/settings", change),
  uploadLogo: (file: File) => sdk.admin.upload.create({ files: [file] }),
}
