import type { PdfLocale } from "./types"

/** Every language the PDF labels exist in, the default first. */
export const PDF_LOCALES: PdfLocale[] = ["en", "de", "fr", "es", "nl"]

/**
 * BCP 47 tags used to format numbers, amounts, dates and country names for
 * each label language.
 */
export const LOCALE_TAGS: Record<PdfLocale, string> = {
  en: "en-US",
  de: "de-DE",
  fr: "fr-FR",
  es: "es-ES",
  nl: "nl-NL",
}

function isPdfLocale(value: string): value is PdfLocale {
  return (PDF_LOCALES as string[]).includes(value)
}

/**
 * The first candidate that names a supported language, read as a BCP 47 tag
 * or a POSIX locale (`"de-DE"`, `"de_AT.UTF-8"` and `"DE"` give `"de"`);
 * `fallback` when none does.
 *
 * @example pickLocale([order.locale, customer.locale, "fr-CA"], "en") // "fr"
 */
export function pickLocale(
  candidates: (string | null | undefined)[],
  fallback: PdfLocale
): PdfLocale {
  for (const candidate of candidates) {
    const language =
      candidate
        ?.trim()
        .toLowerCase()
        .split(/[-_.@]/)[0] ?? ""
    if (isPdfLocale(language)) {
      return language
    }
  }

  return fallback
}
