import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useReverseEntry } from "../hooks/use-invoice-actions"
import { errorMessage } from "../lib/errors"
import { formatMoney } from "../lib/money"
import type { LedgerEntry } from "../lib/types"
import { ActionDrawer } from "./action-drawer"
import { Field } from "./field"

type ReverseEntryDrawerProps = {
  invoiceId: string
  currencyCode: string
  entry: LedgerEntry
}

/**
 * "Reverse": corrects a ledger entry recorded by mistake with a reversal of
 * the whole entry (entries are never edited or deleted).
 */
export const ReverseEntryDrawer = ({
  invoiceId,
  currencyCode,
  entry,
}: ReverseEntryDrawerProps) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const reverse = useReverseEntry(invoiceId)
  const id = `reverse-${entry.id}-reason`
  const amount = formatMoney(entry.amount, currencyCode)

  const openChange = (next: boolean) => {
    setOpen(next)
    setError(null)
    setReason("")
  }

  const submit = () => {
    if (!reason.trim()) {
      return setError("reason is required: say why the entry is reversed.")
    }

    setError(null)
    reverse.mutate(
      { entryId: entry.id, reason: reason.trim() },
      {
        onSuccess: () => {
          setOpen(false)
          toast.success(`The ${entry.kind} of ${amount} was reversed`)
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <ActionDrawer
      trigger={
        <Button
          size="small"
          variant="transparent"
          aria-label={`Reverse the ${entry.kind} of ${amount}`}
        >
          Reverse
        </Button>
      }
      open={open}
      onOpenChange={openChange}
      title="Reverse entry"
      description={`Records the opposite of the ${entry.kind} of ${amount}.`}
      submitLabel="Reverse entry"
      destructive
      isPending={reverse.isPending}
      error={error}
      onSubmit={submit}
    >
      <Field id={id} label="Reason">
        <Input
          id={id}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
    </ActionDrawer>
  )
}
