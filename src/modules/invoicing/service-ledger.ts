import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
} from "@medusajs/framework/utils"
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
import { declareActor, invoiceForOrderEntry } from "./documents"
import { lockOrder } from "./credit-notes"
import { OpenInvoice, planSurplusTransfers } from "./utils/correction"
import { LedgerEntryInput, RecordLedgerEntryResult } from "./types"
import { checkLedgerEntry } from "./utils/ledger-rules"

import {
  exactAmounts,
  InvoicingServiceBase,
  SYSTEM,
  TxContext,
} from "./service-base"

/**
 * Payment tracking on top of the storage: the ledger of each invoice, its
 * derived amounts and statuses, transfers between the invoices of one
 * order, reports and the overdue check.
 */
export class InvoicingLedgerService extends InvoicingServiceBase {
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

  /**
   * Moves money received beyond what one invoice of an order asks to the
   * order's invoices that still ask for some, oldest first, as a pair of
   * `transfer` entries (out of one ledger, into the other). Runs under the
   * order's lock, after corrections and Medusa captures and refunds.
   */
  protected async settleOrderSurplus(
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
}
