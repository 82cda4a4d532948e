import {
  INVOICE_DEFAULT_FIELDS,
  INVOICE_DETAIL_FIELDS,
} from "../../utils/invoice-query"

export const adminRetrieveInvoiceQueryConfig = {
  defaults: INVOICE_DETAIL_FIELDS,
  isList: false,
}

export const adminListInvoicesQueryConfig = {
  defaults: INVOICE_DEFAULT_FIELDS,
  defaultLimit: 20,
  isList: true,
}
