import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import InvoicingModule from "../modules/invoicing"

/**
 * Read-only link: an order's invoices are the invoices whose `order_id` is
 * the order's id. No pivot table, nothing to keep in sync, so
 * `GET /admin/orders/:id?fields=*invoices` is always exact.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...InvoicingModule.linkable.invoice.id, primaryKey: "order_id" },
  { readOnly: true, isList: true }
)
