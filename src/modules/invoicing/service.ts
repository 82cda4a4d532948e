import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { findPrimaryInvoice, releaseNumber } from "./numbering-store"
import { lockInvoice, refreshDerivedState } from "./ledger"
import { declareActor, loadOrderDocuments } from "./documents"
import {
  lockOrder,
  planCredit,
  snapshotHeader,
  voidBlocker,
} from "./credit-notes"
import { computeInvoiceAmounts, SourceLine } from "./utils/invoice-amounts"
import { planOrderCorrection } from "./utils/correction"
import {
  ActorInput,
  CreditNoteInput,
  IssuedDocument,
  OrderCorrectionResult,
  IfInvoiceExists,
  InvoiceSnapshotInput,
  IssueInvoiceResult,
} from "./types"
import { SYSTEM, TxContext } from "./service-base"
import { InvoicingLedgerService } from "./service-ledger"

export { CREDIT_NOTE_SERIES, INVOICE_SERIES } from "./service-base"
export type { NextNumber } from "./service-base"

/**
 * The invoicing module's service: invoices and credit notes with gapless
 * numbers, their corrections after order changes, voiding, and (through
 * its bases) the payment ledger, reports and settings. Issued documents
 * are never edited: the generic update and delete methods are disabled,
 * and the database refuses changes to the snapshot columns.
 *
 * Layers: `InvoicingServiceBase` (storage, settings, numbering),
 * `InvoicingLedgerService` (ledger, reports, overdue), this class
 * (issuing and correcting documents).
 */
export default class InvoicingModuleService extends InvoicingLedgerService {
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
}
