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
import {
  findPrimaryInvoice,
  peekNextSequence,
  releaseNumber,
  takeNextSequence,
} from "./numbering-store"
import { InvoicingOptions, parseInvoicingOptions } from "./options"
import { markOverdue, OverdueRun, undoOverdue } from "./overdue"
import {
  AgingRow,
  agingReport,
  CustomerInvoiceSummary,
  customerSummary,
  OrderCounts,
  orderCounts,
} from "./reports"
import {
  findEntry,
  findRecordedEntry,
  lockInvoice,
  ledgerMagnitude,
  refreshDerivedState,
  signedAmount,
} from "./ledger"
import {
  declareActor,
  invoiceForOrderEntry,
  loadOrderDocuments,
} from "./documents"
import {
  lockOrder,
  planCredit,
  snapshotHeader,
  voidBlocker,
} from "./credit-notes"
import { computeInvoiceAmounts, SourceLine } from "./utils/invoice-amounts"
import {
  OpenInvoice,
  planOrderCorrection,
  planSurplusTransfers,
} from "./utils/correction"
import {
  ActorInput,
  CreditNoteInput,
  DocumentOrigin,
  IssuedDocument,
  OrderCorrectionResult,
  IfInvoiceExists,
  InvoiceSnapshotInput,
  IssueInvoiceResult,
  LedgerEntryInput,
  RecordLedgerEntryResult,
} from "./types"
import { checkLedgerEntry } from "./utils/ledger-rules"
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
const SYSTEM: ActorInput = { actor_type: "system", actor_id: null }
type TxContext = Context<SqlEntityManager>

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
function exactAmounts<T extends object>(data: T): ExactAmounts<T> {
  return data as ExactAmounts<T>
}

/** The numbering series of invoices. */
export const INVOICE_SERIES = "invoice"

/** The numbering series of credit notes. */
export const CREDIT_NOTE_SERIES = "credit_note"

/**
 * Stores invoices and hands out their numbers. Issued invoices are never
 * edited: the generic update and delete methods are disabled, and the
 * database refuses changes to the snapshot columns.
 */
export default class InvoicingModuleService extends MedusaService({
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
   * Issues the primary invoice of an order in one transaction: locks the
   * order, takes the next number of the year from the row-locked counter and
   * inserts the invoice with its lines and tax rows. If anything fails, the
   * number goes back with the rollback, so the series stays gapless.
   *
   * When invoices for later order changes are live (the primary one was
   * voided), the new invoice bills only what none of them bills yet, from
   * `billable` (the order's lines as it bills them now).
   *
   * @throws MedusaError CONFLICT when the order already has an invoice and
   * `ifExists` is `"throw"`; with `"return"` the existing one is returned.
   * NOT_ALLOWED when other invoices already bill the whole order.
   * @example await invoicingService.issueInvoice(snapshot, "return")
   */
  @InjectTransactionManager()
  async issueInvoice(
    snapshot: InvoiceSnapshotInput,
    ifExists: IfInvoiceExists = "return",
    actor: ActorInput = SYSTEM,
    billable?: SourceLine[],
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<IssueInvoiceResult> {
    const manager = sharedContext.transactionManager!
    await lockOrder(manager, snapshot.order_id)
    const existing = await findPrimaryInvoice(manager, snapshot.order_id)
    if (existing) {
      if (ifExists === "throw") {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Order ${snapshot.order_id} already has invoice ${existing.number}.`
        )
      }

      return { ...existing, created: false }
    }

    await declareActor(manager, actor, "invoice_issued")
    const amounts = await this.unbilledAmounts(snapshot, billable, manager)
    const issued = await this.issueNumbered(
      { ...snapshot, amounts },
      "order",
      sharedContext
    )

    return { ...issued, created: true }
  }

  /**
   * Issues a credit note against an invoice, by whole units of its lines,
   * by an amount or for everything that remains, never more than remains
   * creditable. The invoice itself is untouched but for its derived state:
   * `amount_credited`, the balance and, once nothing remains, `credited`.
   *
   * Takes the order's lock before the invoice's, as order corrections do,
   * so the two never work from each other's stale state. A credit of an
   * order change that comes to nothing issues nothing (`null`).
   *
   * @throws MedusaError NOT_FOUND (invoice), NOT_ALLOWED (void, a credit
   * note, or nothing of value left to credit), INVALID_DATA (a line or
   * amount that breaks a rule; the message starts with the field).
   */
  @InjectTransactionManager()
  async issueCreditNote(
    input: CreditNoteInput,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<(IssuedDocument & { invoice_id: string }) | null> {
    const manager = sharedContext.transactionManager!
    await declareActor(manager, input, "credit_note_issued")
    const [target] = await manager.execute(
      "select order_id from invoice where id = ?",
      [input.invoice_id]
    )
    if (target) {
      await lockOrder(manager, target.order_id)
    }

    const invoice = await lockInvoice(manager, input.invoice_id)
    const amounts = await planCredit(manager, invoice, input)
    if (!amounts) {
      return null
    }

    const header = await snapshotHeader(manager, invoice.id)
    const issued = await this.issueNumbered(
      {
        ...header,
        payment_terms_days: 0,
        issue_date: "",
        due_date: "",
        amounts,
      },
      input.origin,
      sharedContext,
      { corrects_invoice_id: invoice.id, reason: input.reason }
    )
    await manager.flush()
    await declareActor(manager, input, `credit_note_issued: ${issued.number}`)
    await refreshDerivedState(manager, invoice, this.getToday())

    return { ...issued, invoice_id: invoice.id }
  }

  /**
   * Brings an order's documents in line with the order after an edit,
   * return, claim, exchange or cancellation: value the order lost is
   * credited from the invoices that billed it, value it gained is billed by
   * a new invoice. Nothing happens before the order has its invoice, and
   * running it again changes nothing.
   */
  @InjectTransactionManager()
  async correctOrderDocuments(
    snapshot: InvoiceSnapshotInput,
    billable: SourceLine[],
    reason: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<OrderCorrectionResult> {
    const manager = sharedContext.transactionManager!
    const result: OrderCorrectionResult = { invoices: [], credit_notes: [] }
    await lockOrder(manager, snapshot.order_id)
    if (!(await findPrimaryInvoice(manager, snapshot.order_id))) {
      return result
    }

    const plan = planOrderCorrection(
      billable,
      await loadOrderDocuments(manager, snapshot.order_id)
    )
    const origin = billable.length ? "order_change" : "cancellation"
    for (const credit of plan.credits) {
      const issued = await this.issueCreditNote(
        {
          invoice_id: credit.invoice_id,
          lines: credit.lines,
          reason,
          origin,
          ...SYSTEM,
        },
        sharedContext
      )
      if (issued) {
        result.credit_notes.push(issued)
      }
    }

    if (plan.bill.length) {
      await declareActor(manager, SYSTEM, "invoice_issued")
      const amounts = computeInvoiceAmounts(plan.bill, snapshot.currency_code)
      result.invoices.push(
        await this.issueNumbered(
          { ...snapshot, amounts },
          "order_change",
          sharedContext,
          { reason }
        )
      )
      await manager.flush()
    }

    await this.settleOrderSurplus(snapshot.order_id, sharedContext)

    return result
  }

  /**
   * Voids an invoice nothing was paid on or credited from, when the plugin
   * option `allow_void` is on. Its number stays in the series as void.
   *
   * @throws MedusaError NOT_ALLOWED naming the rule that prevents it.
   */
  @InjectTransactionManager()
  async voidInvoice(
    id: string,
    actor: ActorInput,
    reason?: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ id: string; number: string; previous_display_status: string }> {
    const manager = sharedContext.transactionManager!
    if (!this.options_.allow_void) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Voiding is turned off (plugin option allow_void); issue a credit note instead."
      )
    }

    await declareActor(
      manager,
      actor,
      reason ? `invoice_voided: ${reason}` : "invoice_voided"
    )
    const invoice = await lockInvoice(manager, id)
    const problem = voidBlocker(invoice)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    }

    await manager.execute(
      `update invoice set status = 'void', display_status = 'void',
        updated_at = now() where id = ?`,
      [id]
    )

    return {
      id,
      number: invoice.number,
      previous_display_status: invoice.display_status,
    }
  }

  /** Puts back an invoice `voidInvoice` voided (a workflow compensation). */
  @InjectTransactionManager()
  async restoreVoidedInvoice(
    id: string,
    previousDisplayStatus: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    await declareActor(
      sharedContext.transactionManager!,
      SYSTEM,
      "invoice_void_rolled_back"
    )
    await sharedContext.transactionManager!.execute(
      `update invoice set status = 'issued', display_status = ?,
        updated_at = now() where id = ? and status = 'void'`,
      [previousDisplayStatus, id]
    )
  }

  /**
   * Takes back an invoice whose issuing workflow failed after the insert.
   * If its number is still the last one of the series, the invoice is
   * deleted and the number returned to the counter; otherwise a later number
   * exists, so the invoice stays in the sequence as `void`.
   */
  @InjectTransactionManager()
  async releaseInvoice(
    id: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const [doc] = await manager.execute(
      "select corrects_invoice_id from invoice where id = ?",
      [id]
    )
    const voided = await releaseNumber(manager, id)
    if (doc?.corrects_invoice_id) {
      const invoice = await lockInvoice(manager, doc.corrects_invoice_id)
      await refreshDerivedState(manager, invoice, this.getToday())
    }

    if (voided) {
      this.logger_.warn(
        `Invoice ${voided} (${id}) was voided: its issue failed after a later number was taken.`
      )
    }
  }

  /**
   * Records one entry in an invoice's payment ledger and re-derives the
   * invoice's paid amount, balance and statuses, all in one transaction
   * under a lock on the invoice row. An entry already recorded (same Medusa
   * capture/refund id, or same idempotency key with the same request) is not
   * recorded again.
   *
   * @throws MedusaError NOT_FOUND (invoice), INVALID_DATA or NOT_ALLOWED (a
   * broken rule, named in the message), CONFLICT (idempotency key reused
   * with a different request).
   * @example await invoicingService.recordLedgerEntry({ invoice_id,
   *   kind: "payment", amount: "20.00", method: "bank_transfer",
   *   source: "manual", actor_type: "user", actor_id })
   */
  @InjectTransactionManager()
  async recordLedgerEntry(
    input: LedgerEntryInput,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<RecordLedgerEntryResult> {
    const manager = sharedContext.transactionManager!
    if (!input.invoice_id && input.order_id) {
      input = await this.placeOrderEntry(input, sharedContext)
    }

    await declareActor(manager, input, `${input.kind}_recorded`)
    const invoice = await lockInvoice(manager, input.invoice_id)
    if (invoice.kind === "credit_note") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${invoice.number} is a credit note; payments are recorded on invoices.`
      )
    }

    const existing = await findRecordedEntry(manager, input)
    if (existing) {
      return {
        invoice_id: invoice.id,
        entry_id: existing,
        created: false,
        previous_payment_status: invoice.payment_status,
        payment_status: invoice.payment_status,
        display_status: invoice.display_status,
        balance: invoice.balance,
      }
    }

    const reversed = input.reverses_id
      ? await findEntry(manager, input.reverses_id)
      : null
    if (reversed) {
      // A reversal is always of the whole entry it points at.
      input = { ...input, amount: reversed.amount.replace(/^-/, "") }
    }

    const occurredAt = input.occurred_at
      ? new Date(input.occurred_at)
      : new Date()
    const problem = checkLedgerEntry(
      invoice,
      { ...input, occurred_at: occurredAt },
      reversed
    )
    if (problem) {
      throw new MedusaError(
        problem.kind === "invalid"
          ? MedusaError.Types.INVALID_DATA
          : MedusaError.Types.NOT_ALLOWED,
        problem.message
      )
    }

    const magnitude = ledgerMagnitude(input.amount)
    const entry = await this.createInvoicePayments(
      exactAmounts({
        ...input,
        amount: signedAmount(
          input.kind,
          magnitude,
          reversed?.amount,
          input.amount
        ).toFixed(),
        occurred_at: occurredAt,
      }),
      sharedContext
    )
    // The entry must be in the table before the totals are summed from it.
    await manager.flush()
    const state = await refreshDerivedState(manager, invoice, this.getToday())
    if (input.order_id) {
      await this.settleOrderSurplus(input.order_id, sharedContext)
    }

    return {
      invoice_id: invoice.id,
      entry_id: entry.id,
      created: true,
      previous_payment_status: invoice.payment_status,
      ...state,
    }
  }

  /**
   * Open balances by currency and aging bucket as of `today` (YYYY-MM-DD on
   * the seller's calendar), computed by the database.
   */
  @InjectManager()
  async agingReport(
    today: string,
    currencyCode?: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<AgingRow[]> {
    return agingReport(sharedContext.manager!, today, currencyCode)
  }

  /** Orders by billing state: invoiced, overdue, not invoiced. */
  @InjectManager()
  async orderCounts(
    totalOrders: number,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<OrderCounts> {
    return orderCounts(sharedContext.manager!, this.getToday(), totalOrders)
  }

  /** One customer's open balances, counts by status and oldest late due date. */
  @InjectManager()
  async customerInvoiceSummary(
    customerId: string,
    today: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<CustomerInvoiceSummary> {
    return customerSummary(sharedContext.manager!, customerId, today)
  }

  /**
   * Marks invoices overdue whose due date is before `today` with a balance
   * left, and raises their reminder levels (option `reminder_days`). Returns
   * what changed; a second run on the same day changes nothing.
   */
  @InjectTransactionManager()
  async markOverdueInvoices(
    today: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<OverdueRun> {
    await declareActor(
      sharedContext.transactionManager!,
      SYSTEM,
      "overdue_check"
    )

    const settings = await this.getSettings(sharedContext)

    return markOverdue(
      sharedContext.transactionManager!,
      today,
      settings.reminder_days
    )
  }

  /** Puts back what `markOverdueInvoices` changed. */
  @InjectTransactionManager()
  async undoOverdueRun(
    run: OverdueRun,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    await declareActor(
      sharedContext.transactionManager!,
      SYSTEM,
      "overdue_check_undone"
    )
    await undoOverdue(sharedContext.transactionManager!, run)
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
   * Finds the order's invoice a Medusa capture or refund belongs to, under
   * the order's lock so concurrent captures see each other's effect.
   */
  private async placeOrderEntry(
    input: LedgerEntryInput,
    sharedContext: TxContext
  ): Promise<LedgerEntryInput> {
    const manager = sharedContext.transactionManager!
    await lockOrder(manager, input.order_id!)
    const kind = input.kind === "refund" ? "refund" : "payment"
    const invoiceId = await invoiceForOrderEntry(manager, input.order_id!, kind)
    if (!invoiceId) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order ${input.order_id} has no invoice to record ${input.kind} ${input.source_ref} on.`
      )
    }

    return { ...input, invoice_id: invoiceId }
  }

  /** What of the order no live invoice bills yet (all of it, usually). */
  private async unbilledAmounts(
    snapshot: InvoiceSnapshotInput,
    billable: SourceLine[] | undefined,
    manager: SqlEntityManager
  ): Promise<InvoiceSnapshotInput["amounts"]> {
    const documents = await loadOrderDocuments(manager, snapshot.order_id)
    const live = documents.filter(
      (d) => d.kind === "invoice" && d.status !== "void"
    )
    if (!billable || !live.length) {
      return snapshot.amounts
    }

    const { bill } = planOrderCorrection(billable, documents)
    if (!bill.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${snapshot.order_id} is billed in full by its other invoices.`
      )
    }

    return computeInvoiceAmounts(bill, snapshot.currency_code)
  }

  /**
   * Moves money received beyond what one invoice of an order asks to the
   * order's invoices that still ask for some, oldest first, as a pair of
   * `transfer` entries (out of one ledger, into the other). Runs under the
   * order's lock, after corrections and Medusa captures and refunds.
   */
  private async settleOrderSurplus(
    orderId: string,
    sharedContext: TxContext
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const invoices: OpenInvoice[] = await manager.execute(
      `select id, number, currency_code, (total - amount_credited
          - (amount_paid - amount_refunded))::text as open
        from invoice where order_id = ? and kind = 'invoice'
          and status = 'issued' and deleted_at is null
        order by issued_at, id`,
      [orderId]
    )
    for (const move of planSurplusTransfers(invoices)) {
      await declareActor(manager, SYSTEM, "surplus_transferred")
      const entry = (invoiceId: string, amount: string, other: string) =>
        this.recordLedgerEntry(
          {
            invoice_id: invoiceId,
            kind: "transfer",
            amount,
            method: "other",
            source: "manual",
            reference: other,
            actor_type: "system",
            note: `Surplus moved between invoices ${move.from_number} and ${move.to_number} of the order.`,
          },
          sharedContext
        )
      await entry(move.from_id, `-${move.amount}`, move.to_number)
      await entry(move.to_id, move.amount, move.from_number)
    }
  }

  /**
   * Dates a document at the moment it takes its number (issues of a series
   * queue on its lock, so numbers never run against dates) and stores it.
   */
  private async issueNumbered(
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

  private async insertInvoice(
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
