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
import InvoiceLine from "./models/invoice-line"
import InvoiceNumberCounter from "./models/invoice-number-counter"
import InvoicePayment from "./models/invoice-payment"
import InvoiceTaxRow from "./models/invoice-tax-row"
import {
  findPrimaryInvoice,
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
type TxContext = Context<SqlEntityManager>

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

/** The numbering series of primary invoices. */
export const INVOICE_SERIES = "invoice"

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
   * @throws MedusaError CONFLICT when the order already has an invoice and
   * `ifExists` is `"throw"`; with `"return"` the existing one is returned.
   * @example await invoicingService.issueInvoice(snapshot, "return")
   */
  @InjectTransactionManager()
  async issueInvoice(
    snapshot: InvoiceSnapshotInput,
    ifExists: IfInvoiceExists = "return",
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<IssueInvoiceResult> {
    const manager = sharedContext.transactionManager!
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [
      `invoicing:order:${snapshot.order_id}`,
    ])

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

    // Issues of the series queue here; dating the invoice only now, in
    // queue order, keeps numbers in date order even around midnight.
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [
      `invoicing:series:${INVOICE_SERIES}`,
    ])
    const dated = dateSnapshot(snapshot, new Date(), this.options_.timezone)
    const year = yearOf(dated.issue_date)
    const sequence = await takeNextSequence(manager, INVOICE_SERIES, year)
    const number = formatDocumentNumber(
      this.options_.number_format,
      year,
      sequence
    )
    const id = await this.insertInvoice(
      { ...dated, number, year, sequence },
      sharedContext
    )

    return { id, number, created: true }
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
    const voided = await releaseNumber(sharedContext.transactionManager!, id)
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
    const invoice = await lockInvoice(manager, input.invoice_id)
    const existing = await findRecordedEntry(manager, input)
    if (existing) {
      return {
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
        amount: signedAmount(input.kind, magnitude, reversed?.amount).toFixed(),
        occurred_at: occurredAt,
      }),
      sharedContext
    )
    // The entry must be in the table before the totals are summed from it.
    await manager.flush()
    const state = await refreshDerivedState(manager, invoice, this.getToday())

    return {
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
    return markOverdue(
      sharedContext.transactionManager!,
      today,
      this.options_.reminder_days
    )
  }

  /** Puts back what `markOverdueInvoices` changed. */
  @InjectTransactionManager()
  async undoOverdueRun(
    run: OverdueRun,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    await undoOverdue(sharedContext.transactionManager!, run)
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

  private async insertInvoice(
    data: InvoiceSnapshotInput & {
      number: string
      year: number
      sequence: number
    },
    sharedContext: TxContext
  ): Promise<string> {
    const { amounts, ...header } = data
    const { lines, tax_rows, ...totals } = amounts
    const invoice = await this.createInvoices(
      exactAmounts({
        ...header,
        ...totals,
        balance: totals.total,
        series: INVOICE_SERIES,
        kind: "invoice" as const,
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
