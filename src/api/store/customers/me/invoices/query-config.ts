import {
  INVOICE_DEFAULT_FIELDS,
  INVOICE_DETAIL_FIELDS,
} from "../../../../utils/invoice-query"

export const storeRetrieveInvoiceQueryConfig = {
  defaults: INVOICE_DETAIL_FIELDS,
  allowed: [...INVOICE_DETAIL_FIELDS, "lines", "tax_rows"],
  isList: false,
}

export const storeListInvoicesQueryConfig = {
  defaults: INVOICE_DEFAULT_FIELDS,
  allowed: [...INVOICE_DETAIL_FIELDS, "lines", "tax_rows"],
  defaultLimit: 20,
  isList: true,
}
