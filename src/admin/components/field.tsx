import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FieldProps = {
  id: string
  label: string
  hint?: ReactNode
  error?: string | null
  optional?: boolean
  children: ReactNode
}

/**
 * A labelled form field with an optional hint and the error that belongs
 * to it. The input inside must carry `id`, and `aria-describedby` of
 * `describedBy(id)` to have the hint and error read with it.
 */
export const Field = ({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: FieldProps) => (
  <div className="flex flex-col gap-y-1">
    <div className="flex items-center gap-x-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {optional && (
        <Text size="xsmall" className="text-ui-fg-muted">
          (optional)
        </Text>
      )}
    </div>
    {children}
    {hint && (
      <Text id={`${id}-hint`} size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    {error && (
      <Text
        id={`${id}-error`}
        size="xsmall"
        className="text-ui-fg-error"
        data-testid="invoicing-field-error"
      >
        {error}
      </Text>
    )}
  </div>
)

/** The ids of a field's hint and error, for `aria-describedby`. */
export const describedBy = (id: string) => `${id}-hint ${id}-error`
