import type { Context, Logger } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import Invoice from "./models/invoice"
import InvoiceAuditEntry from "./models/invoice-audit-entry"
import InvoiceLine from "./models/invoice-line"
import InvoiceNumberCounter from "./models/invoice-number-counter"
import InvoicePayment from "./models/invoice-payment"
import InvoiceTaxRow from "./models/invoice-tax-row"
import InvoicingSettingsModel from "./models/invoicing-settings"
import {
  InvoicingSettings,
  InvoicingSettingsUpdate,
  mergeSettings,
  settingsFromOptions,
  settingsFromRow,
} from "./settings"
import { peekNextSequence, takeNextSequence } from "./numbering-store"
import { InvoicingOptions, parseInvoicingOptions } from "./options"
import {
  ActorInput,
  DocumentOrigin,
  IssuedDocument,
  InvoiceSnapshotInput,
} from "./types"
import { calendarDateIn, yearOf } from "./utils/dates"
import { formatDocumentNumber } from "./utils/numbering"
import { dateSnapshot } from "./utils/snapshot"

type InjectedDependencies = { logger: Logger }

/** A stand-in for a generated method that would change an issued invoice. */
function refuse(message: string) {
  return async (..._args: unknown[]): Promise<never> => {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
  }
}

const INVOICE_FROZEN =
  "An issued invoice cannot be changed; correct it with a credit note."
const COUNTER_FROZEN = "Invoice numbers are only taken by issuing an invoice."
const LEDGER_FROZEN =
  "A ledger entry cannot be changed; record a reversal instead."
const AUDIT_FROZEN = "The audit trail is written by the database only."
export const SYSTEM: ActorInput = { actor_type: "system", actor_id: null }
export type TxContext = Context<SqlEntityManager>

/** A number a series would hand out next. */
export type NextNumber = { year: number; sequence: number; number: string }

/**
 * Amounts travel as exact decimal strings. The generated create methods
 * accept them (they build a BigNumber and its raw twin from any input) but
 * type bigNumber fields as `number` (and json fields as records, though a
 * json array is stored as is); this narrows the types without ever turning
 * an amount into a float.
 */
type ExactAmounts<T> = {
  [K in keyof T]: T[K] extends string
    ? T[K] & number
    : T[K] extends unknown[]
      ? T[K] & Record<string, unknown>
      : T[K]
}
export function exactAmounts<T extends object>(data: T): ExactAmounts<T> {
  return data as ExactAmounts<T>
}

/** The numbering series of invoices. */
export const INVOICE_SERIES = "invoice"

/** The numbering series of credit notes. */
export const CREDIT_NOTE_SERIES = "credit_note"

/**
 * The invoicing module's storage: models with their generated methods (the
 * ones that would change an issued document disabled), options and
 * settings, numbering and the bookkeeping of rendered and sent documents.
 */
export class InvoicingServiceBase extends MedusaService({
  Invoice,
  InvoiceLine,
  InvoiceTaxRow,
  InvoiceNumberCounter,
  InvoicePayment,
  InvoiceAuditEntry,
  InvoicingSettings: InvoicingSettingsModel,
}) {
  protected readonly options_: InvoicingOptions
  protected readonly logger_: Logger

  constructor(deps: InjectedDependencies, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseInvoicingOptions(options)
    this.logger_ = deps.logger
  }

  /** The validated plugin options, defaults filled in. */
  getOptions(): InvoicingOptions {
    return this.options_
  }

  /**
   * The seller's settings for documents issued from now on: the stored
   * ones, or the plugin options before the first edit.
   */
  @InjectManager()
  async getSettings(
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<InvoicingSettings> {
    const [row] = await this.listInvoicingSettings(
      {},
      { take: 1 },
      sharedContext
    )

    return row ? settingsFromRow(row) : settingsFromOptions(this.options_)
  }

  /**
   * Changes the seller's settings. Issued documents keep their snapshot.
   *
   * @throws MedusaError INVALID_DATA naming the field, e.g. number formats
   * that would collide.
   */
  @InjectTransactionManager()
  async updateSettings(
    change: InvoicingSettingsUpdate,
    actorId: string | null,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<InvoicingSettings> {
    await sharedContext.transactionManager!.execute(
      "select pg_advisory_xact_lock(hashtext('invoicing:settings'))"
    )
    const next = mergeSettings(await this.getSettings(sharedContext), change)
    if (typeof next === "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, next)
    }

    const { updated_at: _updatedAt, ...data } = next
    const [row] = await this.listInvoicingSettings(
      {},
      { take: 1 },
      sharedContext
    )
    const values = { ...data, updated_by: actorId } as Record<string, unknown>
    if (row) {
      await this.updateInvoicingSettings(
        { id: row.id, ...values },
        sharedContext
      )
    } else {
      await this.createInvoicingSettings(values, sharedContext)
    }

    return this.getSettings(sharedContext)
  }

  /**
   * The numbers the next invoice and credit note would take today, with
   * their year and sequence (for previews; issuing takes its own).
   */
  @InjectManager()
  async nextNumbers(
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<Record<"invoice" | "credit_note", NextNumber>> {
    const manager = sharedContext.manager!
    const settings = await this.getSettings(sharedContext)
    const year = yearOf(this.getToday())
    const next = async (series: string, format: string) => {
      const sequence = await peekNextSequence(manager, series, year)

      return {
        year,
        sequence,
        number: formatDocumentNumber(format, year, sequence),
      }
    }

    return {
      invoice: await next(INVOICE_SERIES, settings.number_format),
      credit_note: await next(
        CREDIT_NOTE_SERIES,
        settings.credit_note_number_format
      ),
    }
  }

  /** Today's date (YYYY-MM-DD) on the seller's calendar (`timezone`). */
  getToday(): string {
    return calendarDateIn(new Date(), this.options_.timezone)
  }

  /**
   * Records the document's rendered PDF. A document has one PDF: returns
   * false (and records nothing) when another render got there first.
   */
  @InjectTransactionManager()
  async attachPdf(
    id: string,
    fileId: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<boolean> {
    const rows = await sharedContext.transactionManager!.execute(
      `update invoice set pdf_file_id = ?, updated_at = now()
        where id = ? and pdf_file_id is null returning id`,
      [fileId, id]
    )

    return rows.length > 0
  }

  /** Forgets a PDF `attachPdf` recorded (a workflow compensation). */
  @InjectTransactionManager()
  async detachPdf(
    id: string,
    fileId: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    await sharedContext.transactionManager!.execute(
      `update invoice set pdf_file_id = null, updated_at = now()
        where id = ? and pdf_file_id = ?`,
      [id, fileId]
    )
  }

  /**
   * Ids of documents issued in the last 30 days (and over 5 minutes ago)
   * whose PDF or e-mail after issue is still missing, oldest first.
   */
  @InjectManager()
  async listUndeliveredDocuments(
    limit: number,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<string[]> {
    const rows: { id: string }[] = await sharedContext.manager!.execute(
      `select id from invoice
        where status <> 'void' and deleted_at is null
          and (pdf_file_id is null or (email is not null and emailed_at is null))
          and issued_at < now() - interval '5 minutes'
          and issued_at > now() - interval '30 days'
        order by issued_at limit ?`,
      [limit]
    )

    return rows.map((r) => r.id)
  }

  /** Records when the document was e-mailed to the buyer after issue. */
  @InjectTransactionManager()
  async markEmailed(
    id: string,
    at: Date | null,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    await sharedContext.transactionManager!.execute(
      "update invoice set emailed_at = ?, updated_at = now() where id = ?",
      [at, id]
    )
  }

  /** Disabled: an issued invoice is never edited. Issue a credit note. */
  updateInvoices = refuse(INVOICE_FROZEN)

  /** Disabled: invoice lines are part of the frozen snapshot. */
  updateInvoiceLines = refuse(INVOICE_FROZEN)

  /** Disabled: tax rows are part of the frozen snapshot. */
  updateInvoiceTaxRows = refuse(INVOICE_FROZEN)

  /** Disabled: issued invoices are kept forever. */
  deleteInvoices = refuse(INVOICE_FROZEN)

  /** Disabled: issued invoices are kept forever. */
  softDeleteInvoices = refuse(INVOICE_FROZEN)

  /** Disabled: numbers are only taken by `issueInvoice`. */
  updateInvoiceNumberCounters = refuse(COUNTER_FROZEN)

  /** Disabled: numbers are only taken by `issueInvoice`. */
  deleteInvoiceNumberCounters = refuse(COUNTER_FROZEN)

  /** Disabled: numbers are only taken by `issueInvoice`. */
  softDeleteInvoiceNumberCounters = refuse(COUNTER_FROZEN)

  /** Disabled: ledger entries are corrected by reversal, never edited. */
  updateInvoicePayments = refuse(LEDGER_FROZEN)

  /** Disabled: ledger entries are kept forever. */
  deleteInvoicePayments = refuse(LEDGER_FROZEN)

  /** Disabled: ledger entries are kept forever. */
  softDeleteInvoicePayments = refuse(LEDGER_FROZEN)

  /** Disabled: audit rows are written by the database, never by hand. */
  createInvoiceAuditEntries = refuse(AUDIT_FROZEN)

  /** Disabled: the audit trail is kept forever. */
  updateInvoiceAuditEntries = refuse(AUDIT_FROZEN)

  /** Disabled: the audit trail is kept forever. */
  deleteInvoiceAuditEntries = refuse(AUDIT_FROZEN)

  /** Disabled: the audit trail is kept forever. */
  softDeleteInvoiceAuditEntries = refuse(AUDIT_FROZEN)

  /**
   * Dates a document at the moment it takes its number (issues of a series
   * queue on its lock, so numbers never run against dates) and stores it.
   */
  protected async issueNumbered(
    snapshot: InvoiceSnapshotInput,
    origin: DocumentOrigin,
    sharedContext: TxContext,
    extra: { corrects_invoice_id?: string; reason?: string } = {}
  ): Promise<IssuedDocument> {
    const manager = sharedContext.transactionManager!
    const isCredit = !!extra.corrects_invoice_id
    const series = isCredit ? CREDIT_NOTE_SERIES : INVOICE_SERIES
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [
      `invoicing:series:${series}`,
    ])
    const dated = dateSnapshot(snapshot, new Date(), this.options_.timezone)
    const year = yearOf(dated.issue_date)
    const sequence = await takeNextSequence(manager, series, year)
    const settings = await this.getSettings(sharedContext)
    const number = formatDocumentNumber(
      isCredit ? settings.credit_note_number_format : settings.number_format,
      year,
      sequence
    )
    const id = await this.insertInvoice(
      { ...dated, number, year, sequence, series, origin, ...extra },
      sharedContext
    )

    return { id, number }
  }

  protected async insertInvoice(
    data: InvoiceSnapshotInput & {
      number: string
      year: number
      sequence: number
      series: string
      origin: DocumentOrigin
      corrects_invoice_id?: string
      reason?: string
    },
    sharedContext: TxContext
  ): Promise<string> {
    const { amounts, ...header } = data
    const { lines, tax_rows, ...totals } = amounts
    const isCredit = !!data.corrects_invoice_id
    const invoice = await this.createInvoices(
      exactAmounts({
        ...header,
        ...totals,
        kind: isCredit ? ("credit_note" as const) : ("invoice" as const),
        // A credit note owes nothing; it lowers its invoice's balance.
        balance: isCredit ? "0" : totals.total,
        payment_status: isCredit ? ("paid" as const) : ("unpaid" as const),
        display_status: isCredit
          ? ("credited" as const)
          : ("invoiced" as const),
        issued_at: new Date(),
      }),
      sharedContext
    )
    await this.createInvoiceLines(
      lines.map((line) => exactAmounts({ ...line, invoice_id: invoice.id })),
      sharedContext
    )
    await this.createInvoiceTaxRows(
      tax_rows.map((row) => exactAmounts({ ...row, invoice_id: invoice.id })),
      sharedContext
    )

    return invoice.id
  }
}
