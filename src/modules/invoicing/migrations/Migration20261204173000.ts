import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The highest payment reminder level already announced for an invoice,
 * so the overdue job announces each level once. It is a status column:
 * it joins the columns an issued invoice may still change.
 */
export class Migration20261204173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "invoice" add column if not exists
        "reminder_level" integer not null default 0;
      drop trigger if exists invoice_frozen on "invoice";
      create trigger invoice_frozen before update on "invoice"
        for each row execute function invoicing_refuse_snapshot_change(
          'status', 'payment_status', 'display_status', 'metadata',
          'updated_at', 'amount_paid', 'raw_amount_paid', 'amount_refunded',
          'raw_amount_refunded', 'amount_credited', 'raw_amount_credited',
          'balance', 'raw_balance', 'reminder_level');
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger if exists invoice_frozen on "invoice";
      create trigger invoice_frozen before update on "invoice"
        for each row execute function invoicing_refuse_snapshot_change(
          'status', 'payment_status', 'display_status', 'metadata',
          'updated_at', 'amount_paid', 'raw_amount_paid', 'amount_refunded',
          'raw_amount_refunded', 'amount_credited', 'raw_amount_credited',
          'balance', 'raw_balance');
      alter table "invoice" drop column if exists "reminder_level";
    `)
  }
}
