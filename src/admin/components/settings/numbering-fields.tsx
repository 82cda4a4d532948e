import { Input, Text } from "@medusajs/ui"
import {
  formatDocumentNumber,
  numberFormatProblem,
} from "../../lib/number-format"
import type { SettingsDraft } from "../../lib/settings-draft"
import type { NextNumber } from "../../lib/settings-types"
import { describedBy, Field } from "../field"

type FormatFieldProps = {
  id: string
  label: string
  value: string
  next: NextNumber
  error?: string
  testId: string
  onChange: (value: string) => void
}

/** One number format with the number it would give next, live. */
const FormatField = ({
  id,
  label,
  value,
  next,
  error,
  testId,
  onChange,
}: FormatFieldProps) => {
  const problem = numberFormatProblem(value)

  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={
        <>
          Next number:{" "}
          <span
            data-testid={testId}
            className="text-ui-fg-base font-mono"
            aria-live="polite"
          >
            {formatDocumentNumber(value, next.year, next.sequence)}
          </span>
          {problem && !error && (
            <Text as="span" size="xsmall" className="text-ui-fg-error block">
              The format {problem}.
            </Text>
          )}
        </>
      }
    >
      <Input
        id={id}
        className="font-mono"
        value={value}
        maxLength={60}
        aria-invalid={!!error}
        aria-describedby={describedBy(id)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  )
}

type NumberingFieldsProps = {
  draft: SettingsDraft
  next: { invoice: NextNumber; credit_note: NextNumber }
  errors: Record<string, string>
  onChange: (patch: Partial<SettingsDraft>) => void
}

/**
 * The invoice and credit note number formats: `{YYYY}` or `{YY}` for the
 * year, `{NNNNN}` for the sequence zero-padded to the count of N.
 */
export const NumberingFields = ({
  draft,
  next,
  errors,
  onChange,
}: NumberingFieldsProps) => (
  <div className="flex flex-col gap-y-4">
    <Text size="small" className="text-ui-fg-subtle">
      Use {"{YYYY}"} or {"{YY}"} for the year and one {"{NNNNN}"} for the
      sequence, padded with zeros to the count of N. Numbering restarts every
      year.
    </Text>
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <FormatField
        id="invoicing-settings-number-format"
        label="Invoice number format"
        value={draft.number_format}
        next={next.invoice}
        error={errors.number_format}
        testId="invoicing-next-number"
        onChange={(number_format) => onChange({ number_format })}
      />
      <FormatField
        id="invoicing-settings-credit-note-number-format"
        label="Credit note number format"
        value={draft.credit_note_number_format}
        next={next.credit_note}
        error={errors.credit_note_number_format}
        testId="invoicing-next-credit-note-number"
        onChange={(credit_note_number_format) =>
          onChange({ credit_note_number_format })
        }
      />
    </div>
  </div>
)
