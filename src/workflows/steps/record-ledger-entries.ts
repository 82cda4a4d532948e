import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type {
  LedgerEntryInput,
  RecordLedgerEntryResult,
} from "../../modules/invoicing/types"

export const recordLedgerEntriesStepId = "invoicing-record-ledger-entries"

/**
 * Records ledger entries one by one (each in its own transaction, under a
 * lock on its invoice). Entries already recorded are skipped. Ledger entries
 * are never deleted, so the compensation records a reversal of every entry
 * this step created.
 */
export const recordLedgerEntriesStep = createStep(
  recordLedgerEntriesStepId,
  async (entries: LedgerEntryInput[], { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const results: RecordLedgerEntryResult[] = []
    for (const entry of entries) {
      results.push(await invoicing.recordLedgerEntry(entry))
    }

    const created = results.filter((r) => r.created)

    return new StepResponse(
      results,
      created.map((r) => ({ invoice_id: r.invoice_id, entry_id: r.entry_id }))
    )
  },
  async (created, { container }) => {
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    for (const entry of (created ?? []).reverse()) {
      await invoicing.recordLedgerEntry({
        invoice_id: entry.invoice_id,
        kind: "reversal",
        amount: "0",
        method: "other",
        source: "manual",
        reverses_id: entry.entry_id,
        actor_type: "system",
        note: "Reversed because the recording workflow failed.",
      })
    }
  }
)
