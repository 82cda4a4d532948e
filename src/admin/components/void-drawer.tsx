import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useVoidInvoice } from "../hooks/use-invoice-actions"
import { errorMessage } from "../lib/errors"
import type { Invoice } from "../lib/types"
import { ActionDrawer } from "./action-drawer"
import { Field } from "./field"

/**
 * "Void": cancels an invoice with nothing paid or credited. The store may
 * have voiding turned off (plugin option `allow_void`); then the API's
 * refusal is shown as it says it.
 */
export const VoidDrawer = ({ invoice }: { invoice: Invoice }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const voidInvoice = useVoidInvoice(invoice.id)
  const id = `void-${invoice.id}-reason`

  const openChange = (next: boolean) => {
    setOpen(next)
    setError(null)
    setReason("")
  }

  const submit = () => {
    setError(null)
    voidInvoice.mutate(reason.trim() || undefined, {
      onSuccess: () => {
        setOpen(false)
        toast.success(`${invoice.number} is void`)
      },
      onError: (e) => setError(errorMessage(e)),
    })
  }

  return (
    <ActionDrawer
      trigger={
        <Button size="small" variant="secondary">
          Void
        </Button>
      }
      open={open}
      onOpenChange={openChange}
      title={`Void ${invoice.number}`}
      description="The number stays in the series as void, and the order can be invoiced again. Only possible while nothing is paid or credited."
      submitLabel="Void invoice"
      destructive
      isPending={voidInvoice.isPending}
      error={error}
      onSubmit={submit}
    >
      <Field id={id} label="Reason" hint="Kept in the audit trail" optional>
        <Input
          id={id}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
    </ActionDrawer>
  )
}
