import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const MUTABLE = [
  "status",
  "payment_status",
  "display_status",
  "metadata",
  "updated_at",
  "amount_paid",
  "raw_amount_paid",
  "amount_refunded",
  "raw_amount_refunded",
  "amount_credited",
  "raw_amount_credited",
  "balance",
  "raw_balance",
  "reminder_level",
]

/**
 * The rendered PDF's file and the time the document was e-mailed join the
 * columns an issued invoice may still change. The PDF file is set once:
 * only a compensation clears it again.
 */
export class Migration20261204191000 extends Migration {
  override async up(): Promise<void> {
    const mutable = [...MUTABLE, "pdf_file_id", "emailed_at"]
    this.addSql(`
      drop trigger if exists invoice_frozen on "invoice";
      create trigger invoice_frozen before update on "invoice"
        for each row execute function invoicing_refuse_snapshot_change(
          '${mutable.join("', '")}');
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger if exists invoice_frozen on "invoice";
      create trigger invoice_frozen before update on "invoice"
        for each row execute function invoicing_refuse_snapshot_change(
          '${MUTABLE.join("', '")}');
    `)
  }
}
