import type { PdfLocale } from "./types"

/** Every fixed text the PDF prints, in one language. */
export type PdfLabels = {
  invoice: string
  credit_note: string
  invoice_number: string
  credit_note_number: string
  issue_date: string
  due_date: string
  order: string
  corrects_invoice: string
  reason: string
  bill_to: string
  ship_to: string
  vat_id: string
  tax_id: string
  registration_number: string
  email: string
  phone: string
  col_position: string
  col_description: string
  col_quantity: string
  col_unit_price: string
  col_discount: string
  col_tax_rate: string
  col_amount: string
  shipping: string
  sku: string
  tax_summary: string
  tax_rate: string
  net_amount: string
  tax_amount: string
  subtotal: string
  discount_total: string
  tax_total: string
  total: string
  amount_paid: string
  amount_credited: string
  amount_due: string
  payment: string
  payment_reference: string
  account_holder: string
  iban: string
  bic: string
  note: string
  /** `{page}` and `{pages}` are replaced. */
  page_of: string
  continued: string
}

const EN: PdfLabels = {
  invoice: "Invoice",
  credit_note: "Credit note",
  invoice_number: "Invoice number",
  credit_note_number: "Credit note number",
  issue_date: "Issue date",
  due_date: "Due date",
  order: "Order",
  corrects_invoice: "Corrects invoice",
  reason: "Reason",
  bill_to: "Bill to",
  ship_to: "Ship to",
  vat_id: "VAT ID",
  tax_id: "Tax ID",
  registration_number: "Registration no.",
  email: "Email",
  phone: "Phone",
  col_position: "#",
  col_description: "Description",
  col_quantity: "Qty",
  col_unit_price: "Unit price",
  col_discount: "Discount",
  col_tax_rate: "Tax",
  col_amount: "Amount",
  shipping: "Shipping",
  sku: "SKU",
  tax_summary: "Tax summary",
  tax_rate: "Rate",
  net_amount: "Net",
  tax_amount: "Tax",
  subtotal: "Subtotal",
  discount_total: "Discounts",
  tax_total: "Tax total",
  total: "Total",
  amount_paid: "Amount paid",
  amount_credited: "Credited",
  amount_due: "Amount due",
  payment: "Payment",
  payment_reference: "Reference",
  account_holder: "Account holder",
  iban: "IBAN",
  bic: "BIC",
  note: "Note",
  page_of: "Page {page} of {pages}",
  continued: "continued",
}

const DE: PdfLabels = {
  invoice: "Rechnung",
  credit_note: "Gutschrift",
  invoice_number: "Rechnungsnummer",
  credit_note_number: "Gutschriftsnummer",
  issue_date: "Ausstellungsdatum",
  due_date: "Fälligkeitsdatum",
  order: "Bestellung",
  corrects_invoice: "Korrigiert Rechnung",
  reason: "Grund",
  bill_to: "Rechnungsadresse",
  ship_to: "Lieferadresse",
  vat_id: "USt-IdNr.",
  tax_id: "Steuernummer",
  registration_number: "Registernummer",
  email: "E-Mail",
  phone: "Telefon",
  col_position: "Pos.",
  col_description: "Beschreibung",
  col_quantity: "Menge",
  col_unit_price: "Einzelpreis",
  col_discount: "Rabatt",
  col_tax_rate: "USt.",
  col_amount: "Betrag",
  shipping: "Versand",
  sku: "Art.-Nr.",
  tax_summary: "Steuerübersicht",
  tax_rate: "Satz",
  net_amount: "Netto",
  tax_amount: "Steuer",
  subtotal: "Zwischensumme",
  discount_total: "Rabatte",
  tax_total: "Steuern gesamt",
  total: "Gesamtbetrag",
  amount_paid: "Bereits bezahlt",
  amount_credited: "Gutgeschrieben",
  amount_due: "Offener Betrag",
  payment: "Zahlung",
  payment_reference: "Verwendungszweck",
  account_holder: "Kontoinhaber",
  iban: "IBAN",
  bic: "BIC",
  note: "Hinweis",
  page_of: "Seite {page} von {pages}",
  continued: "Fortsetzung",
}

const FR: PdfLabels = {
  invoice: "Facture",
  credit_note: "Avoir",
  invoice_number: "Numéro de facture",
  credit_note_number: "Numéro d’avoir",
  issue_date: "Date d’émission",
  due_date: "Date d’échéance",
  order: "Commande",
  corrects_invoice: "Facture rectifiée",
  reason: "Motif",
  bill_to: "Adresse de facturation",
  ship_to: "Adresse de livraison",
  vat_id: "N° TVA",
  tax_id: "Identifiant fiscal",
  registration_number: "N° d’immatriculation",
  email: "E-mail",
  phone: "Téléphone",
  col_position: "N°",
  col_description: "Désignation",
  col_quantity: "Qté",
  col_unit_price: "Prix unitaire",
  col_discount: "Remise",
  col_tax_rate: "TVA",
  col_amount: "Montant",
  shipping: "Livraison",
  sku: "Réf.",
  tax_summary: "Récapitulatif de la TVA",
  tax_rate: "Taux",
  net_amount: "Base HT",
  tax_amount: "TVA",
  subtotal: "Sous-total",
  discount_total: "Remises",
  tax_total: "Total TVA",
  total: "Total TTC",
  amount_paid: "Déjà payé",
  amount_credited: "Avoirs",
  amount_due: "Reste à payer",
  payment: "Paiement",
  payment_reference: "Référence",
  account_holder: "Titulaire du compte",
  iban: "IBAN",
  bic: "BIC",
  note: "Remarque",
  page_of: "Page {page} sur {pages}",
  continued: "suite",
}

const ES: PdfLabels = {
  invoice: "Factura",
  credit_note: "Factura rectificativa",
  invoice_number: "Número de factura",
  credit_note_number: "Número de rectificativa",
  issue_date: "Fecha de emisión",
  due_date: "Fecha de vencimiento",
  order: "Pedido",
  corrects_invoice: "Rectifica la factura",
  reason: "Motivo",
  bill_to: "Facturar a",
  ship_to: "Enviar a",
  vat_id: "NIF-IVA",
  tax_id: "NIF",
  registration_number: "N.º de registro",
  email: "Correo electrónico",
  phone: "Teléfono",
  col_position: "N.º",
  col_description: "Descripción",
  col_quantity: "Cant.",
  col_unit_price: "Precio unitario",
  col_discount: "Descuento",
  col_tax_rate: "IVA",
  col_amount: "Importe",
  shipping: "Envío",
  sku: "Ref.",
  tax_summary: "Resumen de impuestos",
  tax_rate: "Tipo",
  net_amount: "Base imponible",
  tax_amount: "Cuota",
  subtotal: "Subtotal",
  discount_total: "Descuentos",
  tax_total: "Total impuestos",
  total: "Total",
  amount_paid: "Importe pagado",
  amount_credited: "Abonado",
  amount_due: "Importe pendiente",
  payment: "Pago",
  payment_reference: "Referencia",
  account_holder: "Titular de la cuenta",
  iban: "IBAN",
  bic: "BIC",
  note: "Nota",
  page_of: "Página {page} de {pages}",
  continued: "continuación",
}

const NL: PdfLabels = {
  invoice: "Factuur",
  credit_note: "Creditnota",
  invoice_number: "Factuurnummer",
  credit_note_number: "Creditnotanummer",
  issue_date: "Factuurdatum",
  due_date: "Vervaldatum",
  order: "Bestelling",
  corrects_invoice: "Corrigeert factuur",
  reason: "Reden",
  bill_to: "Factuuradres",
  ship_to: "Verzendadres",
  vat_id: "Btw-nummer",
  tax_id: "Fiscaal nummer",
  registration_number: "KvK-nummer",
  email: "E-mail",
  phone: "Telefoon",
  col_position: "Nr.",
  col_description: "Omschrijving",
  col_quantity: "Aantal",
  col_unit_price: "Stukprijs",
  col_discount: "Korting",
  col_tax_rate: "Btw",
  col_amount: "Bedrag",
  shipping: "Verzending",
  sku: "Artikelnr.",
  tax_summary: "Btw-overzicht",
  tax_rate: "Tarief",
  net_amount: "Netto",
  tax_amount: "Btw",
  subtotal: "Subtotaal",
  discount_total: "Kortingen",
  tax_total: "Totaal btw",
  total: "Totaal",
  amount_paid: "Reeds betaald",
  amount_credited: "Gecrediteerd",
  amount_due: "Te betalen",
  payment: "Betaling",
  payment_reference: "Betalingskenmerk",
  account_holder: "Rekeninghouder",
  iban: "IBAN",
  bic: "BIC",
  note: "Opmerking",
  page_of: "Pagina {page} van {pages}",
  continued: "vervolg",
}

/** The fixed labels of every supported language. */
export const PDF_LABELS: Record<PdfLocale, PdfLabels> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  nl: NL,
}

/**
 * The localized "page n of m".
 *
 * @example pageOf(PDF_LABELS.de, 2, 5) // "Seite 2 von 5"
 */
export function pageOf(labels: PdfLabels, page: number, pages: number) {
  return labels.page_of
    .replace("{page}", String(page))
    .replace("{pages}", String(pages))
}
