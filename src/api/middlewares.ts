import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { invoicingSettingsUpdateSchema } from "../modules/invoicing/settings"
import { AdminGetAgingParams } from "./admin/invoices/aging/validators"
import {
  adminListInvoicesQueryConfig,
  adminRetrieveInvoiceQueryConfig,
} from "./admin/invoices/query-config"
import {
  AdminGetInvoiceParams,
  AdminGetInvoicesParams,
  AdminIssueCreditNote,
  AdminSendInvoice,
  AdminVoidInvoice,
} from "./admin/invoices/validators"
import {
  AdminRecordPayment,
  AdminRecordRefund,
  AdminReversePayment,
} from "./admin/invoices/[id]/payments/validators"
import { AdminIssueInvoice } from "./admin/orders/[id]/invoices/validators"
import {
  storeListInvoicesQueryConfig,
  storeRetrieveInvoiceQueryConfig,
} from "./store/customers/me/invoices/query-config"
import {
  StoreGetInvoiceParams,
  StoreGetInvoicesParams,
} from "./store/customers/me/invoices/validators"

export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/admin/invoicing/settings",
      middlewares: [validateAndTransformBody(invoicingSettingsUpdateSchema)],
    },
    {
      method: ["GET"],
      matcher: "/admin/invoices",
      middlewares: [
        validateAndTransformQuery(
          AdminGetInvoicesParams,
          adminListInvoicesQueryConfig
        ),
      ],
    },
    {
      method: ["GET"],
      matcher: "/admin/invoices/aging",
      middlewares: [validateAndTransformQuery(AdminGetAgingParams, {})],
    },
    {
      method: ["GET"],
      matcher: "/admin/invoices/:id",
      middlewares: [
        validateAndTransformQuery(
          AdminGetInvoiceParams,
          adminRetrieveInvoiceQueryConfig
        ),
      ],
    },
    {
      method: ["POST"],
      matcher: "/admin/invoices/:id/payments",
      middlewares: [validateAndTransformBody(AdminRecordPayment)],
    },
    {
      method: ["POST"],
      matcher: "/admin/invoices/:id/send",
      middlewares: [validateAndTransformBody(AdminSendInvoice)],
    },
    {
      method: ["POST"],
      matcher: "/admin/invoices/:id/refunds",
      middlewares: [validateAndTransformBody(AdminRecordRefund)],
    },
    {
      method: ["POST"],
      matcher: "/admin/invoices/:id/payments/:entry_id/reverse",
      middlewares: [validateAndTransformBody(AdminReversePayment)],
    },
    {
      method: ["POST"],
      matcher: "/admin/invoices/:id/credit-notes",
      middlewares: [validateAndTransformBody(AdminIssueCreditNote)],
    },
    {
      method: ["POST"],
      matcher: "/admin/invoices/:id/void",
      middlewares: [validateAndTransformBody(AdminVoidInvoice)],
    },
    {
      method: ["POST"],
      matcher: "/admin/orders/:id/invoices",
      middlewares: [validateAndTransformBody(AdminIssueInvoice)],
    },
    {
      matcher: "/store/customers/me/invoices*",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/store/customers/me/orders/:id/billing",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      method: ["GET"],
      matcher: "/store/customers/me/invoices",
      middlewares: [
        validateAndTransformQuery(
          StoreGetInvoicesParams,
          storeListInvoicesQueryConfig
        ),
      ],
    },
    {
      method: ["GET"],
      matcher: "/store/customers/me/invoices/:id",
      middlewares: [
        validateAndTransformQuery(
          StoreGetInvoiceParams,
          storeRetrieveInvoiceQueryConfig
        ),
      ],
    },
  ],
})
