import { Input, Textarea } from "@medusajs/ui"
import { SELLER_FIELDS, type SettingsDraft } from "../../lib/settings-draft"
import { describedBy, Field } from "../field"

type SellerFieldsProps = {
  seller: SettingsDraft["seller"]
  errors: Record<string, string>
  onChange: (seller: SettingsDraft["seller"]) => void
}

const HINTS: Partial<Record<(typeof SELLER_FIELDS)[number]["key"], string>> = {
  name: "Required; every other field is optional",
  country_code: "Two letters, ISO 3166-1 (DE, FR, US...)",
  vat_number: "With the country prefix, e.g. DE123456789",
  iban: "Printed with its check digits verified",
}

/**
 * The seller block printed on every new document. Saving replaces the
 * whole block; issued documents keep the one they were issued with.
 */
export const SellerFields = ({
  seller,
  errors,
  onChange,
}: SellerFieldsProps) => (
  <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
    {SELLER_FIELDS.map(({ key, label }) => {
      const id = `invoicing-settings-seller-${key}`
      const error = errors[`seller.${key}`]
      const props = {
        id,
        value: seller[key],
        "aria-invalid": !!error,
        "aria-describedby": describedBy(id),
      }

      return (
        <div
          key={key}
          className={key === "payment_instructions" ? "md:col-span-2" : ""}
        >
          <Field id={id} label={label} hint={HINTS[key]} error={error}>
            {key === "payment_instructions" ? (
              <Textarea
                {...props}
                maxLength={1000}
                onChange={(e) => onChange({ ...seller, [key]: e.target.value })}
              />
            ) : (
              <Input
                {...props}
                type={key === "email" ? "email" : "text"}
                onChange={(e) => onChange({ ...seller, [key]: e.target.value })}
              />
            )}
          </Field>
        </div>
      )
    })}
  </div>
)
