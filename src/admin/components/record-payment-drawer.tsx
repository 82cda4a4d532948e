import { Button, Checkbox, Input, Label, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRecordPayment } from "../hooks/use-invoice-actions"
import type { RecordPaymentBody } from "../lib/api"
import { errorMessage } from "../lib/errors"
import { METHOD_LABELS } from "../lib/labels"
import { checkAmount, formatMoney } from "../lib/money"
import { type Invoice, PAYMENT_METHODS, type PaymentMethod } from "../lib/types"
import { ActionDrawer } from "./action-drawer"
import { describedBy, Field } from "./field"
import { NativeSelect } from "./native-select"

const EMPTY = {
  amount: "",
  method: "bank_transfer" as PaymentMethod,
  reference: "",
  note: "",
  allowOverpayment: false,
}

/**
 * "Record payment": a payment received outside Medusa (bank transfer,
 * cash, check...). The amount is checked as the API checks it; what the
 * API still refuses (an overpayment, say) is shown in its own words.
 */
export const RecordPaymentDrawer = ({ invoice }: { invoice: Invoice }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const record = useRecordPayment(invoice.id)
  const prefix = `payment-${invoice.id}`
  const currency = invoice.currency_code

  const openChange = (next: boolean) => {
    setOpen(next)
    setError(null)
    if (next) {
      setForm({ ...EMPTY, amount: String(invoice.balance ?? "") })
    }
  }

  const submit = () => {
    const problem = checkAmount(form.amount, currency)
    if (problem) {
      return setError(problem)
    }

    const body: RecordPaymentBody = {
      amount: form.amount.trim(),
      method: form.method,
      ...(form.reference.trim() && { reference: form.reference.trim() }),
      ...(form.note.trim() && { note: form.note.trim() }),
      ...(form.allowOverpayment && { allow_overpayment: true }),
    }
    setError(null)
    record.mutate(body, {
      onSuccess: () => {
        setOpen(false)
        toast.success(
          `Payment of ${formatMoney(body.amount, currency)} recorded on ${invoice.number}`
        )
      },
      onError: (e) => setError(errorMessage(e)),
    })
  }

  const set = <K extends keyof typeof EMPTY>(
    key: K,
    value: (typeof EMPTY)[K]
  ) => setForm((current) => ({ ...current, [key]: value }))

  return (
    <ActionDrawer
      trigger={
        <Button size="small" variant="secondary">
          Record payment
        </Button>
      }
      open={open}
      onOpenChange={openChange}
      title="Record payment"
      description={`${invoice.number}: balance ${formatMoney(invoice.balance, currency)}`}
      submitLabel="Save payment"
      isPending={record.isPending}
      error={error}
      onSubmit={submit}
    >
      <Field
        id={`${prefix}-amount`}
        label="Amount"
        hint={`In ${currency.toUpperCase()}, tax included`}
      >
        <Input
          id={`${prefix}-amount`}
          inputMode="decimal"
          autoComplete="off"
          value={form.amount}
          onChange={(e) => set("amount", e.target.value)}
          aria-describedby={describedBy(`${prefix}-amount`)}
          aria-invalid={!!error && !!checkAmount(form.amount, currency)}
        />
      </Field>
      <Field id={`${prefix}-method`} label="Method">
        <NativeSelect
          id={`${prefix}-method`}
          value={form.method}
          onChange={(e) => set("method", e.target.value as PaymentMethod)}
        >
          {PAYMENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {METHOD_LABELS[method]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field
        id={`${prefix}-reference`}
        label="Reference"
        hint="E.g. the bank statement line"
        optional
      >
        <Input
          id={`${prefix}-reference`}
          maxLength={200}
          value={form.reference}
          onChange={(e) => set("reference", e.target.value)}
          aria-describedby={describedBy(`${prefix}-reference`)}
        />
      </Field>
      <Field id={`${prefix}-note`} label="Note" optional>
        <Textarea
          id={`${prefix}-note`}
          maxLength={2000}
          value={form.note}
          onChange={(e) => set("note", e.target.value)}
        />
      </Field>
      <div className="flex items-center gap-x-2">
        <Checkbox
          id={`${prefix}-overpay`}
          checked={form.allowOverpayment}
          onCheckedChange={(checked) =>
            set("allowOverpayment", checked === true)
          }
        />
        <Label htmlFor={`${prefix}-overpay`} size="small">
          Allow overpayment
        </Label>
      </div>
    </ActionDrawer>
  )
}
