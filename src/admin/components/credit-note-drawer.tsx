import { Button, Input, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreditNote } from "../hooks/use-invoice-actions"
import type { CreditNoteBody } from "../lib/api"
import { errorMessage } from "../lib/errors"
import { checkAmount, formatMoney } from "../lib/money"
import type { InvoiceDetail } from "../lib/types"
import { ActionDrawer } from "./action-drawer"
import { describedBy, Field } from "./field"

type Mode = "amount" | "lines"

/** The body of the credit note, or what is wrong with the form. */
function creditNoteBody(
  mode: Mode,
  amount: string,
  quantities: Record<string, string>,
  reason: string,
  currency: string
): CreditNoteBody | string {
  if (!reason.trim()) {
    return "reason is required: it is printed on the credit note."
  }

  if (mode === "amount") {
    return (
      checkAmount(amount, currency) ?? {
        amount: amount.trim(),
        reason: reason.trim(),
      }
    )
  }

  const lines = Object.entries(quantities)
    .filter(([, quantity]) => quantity.trim() !== "" && quantity.trim() !== "0")
    .map(([line_id, quantity]) => ({ line_id, quantity: Number(quantity) }))
  if (!lines.length) {
    return "Enter the quantity to credit of at least one line."
  }

  if (
    lines.some((line) => !Number.isInteger(line.quantity) || line.quantity < 0)
  ) {
    return "Quantities must be whole numbers."
  }

  return { lines, reason: reason.trim() }
}

/**
 * "Credit note": corrects an issued invoice by an amount (tax included,
 * spread over its lines) or by whole units of its lines, with a reason
 * printed on the credit note.
 */
export const CreditNoteDrawer = ({ invoice }: { invoice: InvoiceDetail }) => {
  const [open, setOpen] = useState(false)
  const [mode, setMode] = useState<Mode>("amount")
  const [amount, setAmount] = useState("")
  const [quantities, setQuantities] = useState<Record<string, string>>({})
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const creditNote = useCreditNote(invoice.id)
  const prefix = `credit-${invoice.id}`
  const currency = invoice.currency_code
  const lines = [...(invoice.lines ?? [])].sort(
    (a, b) => a.position - b.position
  )

  const openChange = (next: boolean) => {
    setOpen(next)
    setError(null)
    if (next) {
      setAmount("")
      setQuantities({})
      setReason("")
    }
  }

  const submit = () => {
    const body = creditNoteBody(mode, amount, quantities, reason, currency)
    if (typeof body === "string") {
      return setError(body)
    }

    setError(null)
    creditNote.mutate(body, {
      onSuccess: ({ credit_note }) => {
        setOpen(false)
        toast.success(`Credit note ${credit_note.number} issued`)
      },
      onError: (e) => setError(errorMessage(e)),
    })
  }

  return (
    <ActionDrawer
      trigger={
        <Button size="small" variant="secondary">
          Credit note
        </Button>
      }
      open={open}
      onOpenChange={openChange}
      title={`Credit note for ${invoice.number}`}
      description={`Balance: ${formatMoney(invoice.balance, currency)}`}
      submitLabel="Issue credit note"
      isPending={creditNote.isPending}
      error={error}
      onSubmit={submit}
    >
      <RadioGroup
        value={mode}
        onValueChange={(value) => setMode(value as Mode)}
        aria-label="Credit by"
        className="flex gap-x-4"
      >
        {(["amount", "lines"] as const).map((value) => (
          <div key={value} className="flex items-center gap-x-2">
            <RadioGroup.Item value={value} id={`${prefix}-mode-${value}`} />
            <Label htmlFor={`${prefix}-mode-${value}`} size="small">
              {value === "amount" ? "By value" : "By units"}
            </Label>
          </div>
        ))}
      </RadioGroup>
      {mode === "amount" ? (
        <Field
          id={`${prefix}-amount`}
          label="Amount"
          hint={`In ${currency.toUpperCase()}, tax included; spread over the lines`}
        >
          <Input
            id={`${prefix}-amount`}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            aria-describedby={describedBy(`${prefix}-amount`)}
          />
        </Field>
      ) : (
        <fieldset className="flex flex-col gap-y-2">
          <legend className="txt-compact-small-plus mb-2">
            Units to credit per line
          </legend>
          {lines.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              This document has no lines to credit.
            </Text>
          )}
          {lines.map((line) => (
            <div
              key={line.id}
              className="flex items-center justify-between gap-x-4"
            >
              <Label htmlFor={`${prefix}-line-${line.id}`} size="small">
                {line.title} ({String(line.quantity)} ×{" "}
                {formatMoney(line.unit_price, currency)})
              </Label>
              <Input
                id={`${prefix}-line-${line.id}`}
                type="number"
                min={0}
                max={Number(line.quantity)}
                step={1}
                className="w-24"
                value={quantities[line.id] ?? ""}
                onChange={(e) =>
                  setQuantities((q) => ({ ...q, [line.id]: e.target.value }))
                }
              />
            </div>
          ))}
        </fieldset>
      )}
      <Field
        id={`${prefix}-reason`}
        label="Reason"
        hint="Printed on the credit note"
      >
        <Input
          id={`${prefix}-reason`}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={describedBy(`${prefix}-reason`)}
        />
      </Field>
    </ActionDrawer>
  )
}
