import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { AgingOverview } from "../../components/aging-overview"
import { InvoiceFiltersBar } from "../../components/invoice-filters-bar"
import { InvoiceTable } from "../../components/invoice-table"

/**
 * Invoices: the receivables overview and every invoice and credit note,
 * searchable, filterable and sortable, one page at a time.
 */
const InvoicesPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="p-0">
      <AgingOverview />
    </Container>
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Invoices</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Invoices and credit notes of every order.
        </Text>
      </div>
      <InvoiceFiltersBar />
      <InvoiceTable />
    </Container>
  </div>
)

export const config = defineRouteConfig({
  label: "Invoices",
  icon: Receipt,
})

export const handle = {
  breadcrumb: () => "Invoices",
}

export default InvoicesPage
