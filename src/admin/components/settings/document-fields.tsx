import { Input, Textarea } from "@medusajs/ui"
import {
  INVOICE_LANGUAGES,
  type InvoiceLanguage,
} from "../../lib/settings-types"
import type { SettingsDraft } from "../../lib/settings-draft"
import { describedBy, Field } from "../field"
import { NativeSelect } from "../native-select"

const LANGUAGE_NAMES: Record<InvoiceLanguage, string> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  nl: "Dutch",
}

type DocumentFieldsProps = {
  draft: SettingsDraft
  errors: Record<string, string>
  onChange: (patch: Partial<SettingsDraft>) => void
}

/** Payment terms, reminders, PDF language and footer. */
export const DocumentFields = ({
  draft,
  errors,
  onChange,
}: DocumentFieldsProps) => (
  <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
    <Field
      id="invoicing-settings-terms"
      label="Payment terms (days)"
      hint="Days from the issue date to the due date, 0 to 365"
      error={errors.payment_terms_days}
    >
      <Input
        id="invoicing-settings-terms"
        inputMode="numeric"
        value={draft.payment_terms_days}
        aria-invalid={!!errors.payment_terms_days}
        aria-describedby={describedBy("invoicing-settings-terms")}
        onChange={(e) => onChange({ payment_terms_days: e.target.value })}
      />
    </Field>
    <Field
      id="invoicing-settings-reminders"
      label="Reminder days"
      hint="Days after the due date for reminders 1, 2, 3..., increasing, e.g. 3, 14, 30"
      error={errors.reminder_days}
    >
      <Input
        id="invoicing-settings-reminders"
        value={draft.reminder_days}
        aria-invalid={!!errors.reminder_days}
        aria-describedby={describedBy("invoicing-settings-reminders")}
        onChange={(e) => onChange({ reminder_days: e.target.value })}
      />
    </Field>
    <Field
      id="invoicing-settings-language"
      label="PDF language"
      error={errors.default_language}
    >
      <NativeSelect
        id="invoicing-settings-language"
        value={draft.default_language}
        onChange={(e) =>
          onChange({ default_language: e.target.value as InvoiceLanguage })
        }
      >
        {INVOICE_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </NativeSelect>
    </Field>
    <div className="md:col-span-2">
      <Field
        id="invoicing-settings-footer"
        label="Footer"
        hint="Printed on every page, e.g. the commercial register"
        error={errors.footer}
        optional
      >
        <Textarea
          id="invoicing-settings-footer"
          maxLength={1000}
          value={draft.footer}
          aria-invalid={!!errors.footer}
          aria-describedby={describedBy("invoicing-settings-footer")}
          onChange={(e) => onChange({ footer: e.target.value })}
        />
      </Field>
    </div>
  </div>
)
