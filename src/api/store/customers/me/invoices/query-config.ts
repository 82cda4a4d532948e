import {
  INVOICE_DEFAULT_FIELDS,
  STORE_LEDGER_FIELDS,
} from "../../../../utils/invoice-query"

const STORE_DETAIL_FIELDS = [
  ...INVOICE_DEFAULT_FIELDS,
  "lines.*",
  "tax_rows.*",
  ...STORE_LEDGER_FIELDS,
]

export const storeRetrieveInvoiceQueryConfig = {
  defaults: STORE_DETAIL_FIELDS,
  allowed: [...STORE_DETAIL_FIELDS, "lines", "tax_rows"],
  isList: false,
}

export const storeListInvoicesQueryConfig = {
  defaults: INVOICE_DEFAULT_FIELDS,
  allowed: [...STORE_DETAIL_FIELDS, "lines", "tax_rows"],
  defaultLimit: 20,
  isList: true,
}
