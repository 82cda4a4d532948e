/** Starts a part of an API message that names its field. */
const FIELD_AT_START = /^([a-z_]+(?:\.[a-z_0-9]+)*):?\s/
/** Medusa's own wording: `Value for field 'seller, name' too small...`. */
const QUOTED_FIELD = /field '([^']+)'/i

function fieldOf(part: string): string | null {
  const quoted = QUOTED_FIELD.exec(part)
  if (quoted) {
    return quoted[1].split(", ").join(".")
  }

  return FIELD_AT_START.exec(part)?.[1] ?? null
}

/**
 * Splits a 400 message of the API into messages per field, so each can be
 * shown next to its input. Medusa joins several problems with "; " and
 * prefixes them with "Invalid request: "; a part that names no known field
 * continues the previous one (messages may contain "; " themselves), and
 * what belongs to no known field goes to `form`.
 *
 * @example
 * fieldErrors("Invalid request: seller.iban must be an IBAN...", ["seller.iban"])
 * // { "seller.iban": "seller.iban must be an IBAN..." }
 */
export function fieldErrors(
  message: string,
  fields: readonly string[]
): Record<string, string> {
  const parts = message.replace(/^Invalid request:\s*/, "").split("; ")
  const errors: Record<string, string> = {}
  let current = "form"

  for (const part of parts) {
    const field = fieldOf(part)
    if (field !== null && fields.includes(field)) {
      current = field
    } else if (QUOTED_FIELD.test(part)) {
      current = "form"
    }

    errors[current] = errors[current] ? `${errors[current]}; ${part}` : part
  }

  return errors
}
