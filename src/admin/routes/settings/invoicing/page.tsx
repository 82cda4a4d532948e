import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import {
  ErrorState,
  FormError,
  LoadingState,
} from "../../../components/query-state"
import { DocumentFields } from "../../../components/settings/document-fields"
import { LogoField } from "../../../components/settings/logo-field"
import { NumberingFields } from "../../../components/settings/numbering-fields"
import { SellerFields } from "../../../components/settings/seller-fields"
import { useInvoicingSettings } from "../../../hooks/use-invoicing-queries"
import { useSettingsForm } from "../../../hooks/use-settings-form"

const Part = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-y-4 px-6 py-4" aria-label={title}>
    <Heading level="h2">{title}</Heading>
    {children}
  </section>
)

/**
 * Invoicing settings: the seller block, number formats with a live preview
 * of the next number, payment terms, reminders, language, footer and logo.
 * The API's validation messages show at the fields they name.
 */
const InvoicingSettingsPage = () => {
  const { data, error, isPending, refetch } = useInvoicingSettings()
  const { draft, change, errors, save, isSaving } = useSettingsForm(data)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    save()
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Invoicing</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          How new invoices and credit notes are numbered and what they print.
          Issued documents never change.
        </Text>
      </div>
      {isPending && (
        <div className="px-6 py-4">
          <LoadingState rows={6} />
        </div>
      )}
      {error && (
        <div className="px-6 py-4">
          <ErrorState error={error} onRetry={() => refetch()} />
        </div>
      )}
      {data && draft && (
        <form onSubmit={submit} className="divide-y" noValidate>
          <Part title="Numbering">
            <NumberingFields
              draft={draft}
              next={data.next_numbers}
              errors={errors}
              onChange={change}
            />
          </Part>
          <Part title="Seller">
            <SellerFields
              seller={draft.seller}
              errors={errors}
              onChange={(seller) => change({ seller })}
            />
          </Part>
          <Part title="Documents">
            <DocumentFields draft={draft} errors={errors} onChange={change} />
          </Part>
          <Part title="Logo">
            <LogoField
              logoFileId={data.settings.logo_file_id}
              error={errors.logo_file_id}
            />
          </Part>
          <div className="flex items-center justify-end gap-x-4 px-6 py-4">
            <FormError message={errors.form ?? null} />
            <Button size="small" type="submit" isLoading={isSaving}>
              Save
            </Button>
          </div>
        </form>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Invoicing",
  icon: Receipt,
})

export const handle = {
  breadcrumb: () => "Invoicing",
}

export default InvoicingSettingsPage
