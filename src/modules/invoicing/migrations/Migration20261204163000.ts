import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Payment ledger guards: ledger entries are never changed or deleted, and
 * the derived payment columns of an invoice join its mutable status columns.
 * Invoices issued before the ledger existed start with their total as
 * balance.
 */
export class Migration20261204163000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      drop trigger if exists invoice_frozen on "invoice";
      create trigger invoice_frozen before update on "invoice"
        for each row execute function invoicing_refuse_snapshot_change(
          'status', 'payment_status', 'display_status', 'metadata',
          'updated_at', 'amount_paid', 'raw_amount_paid', 'amount_refunded',
          'raw_amount_refunded', 'amount_credited', 'raw_amount_credited',
          'balance', 'raw_balance');
    `)
    this.addSql(`
      update "invoice" set balance = total, raw_balance = raw_total
        where balance is null;
      alter table "invoice" alter column balance set not null,
        alter column raw_balance set not null;
    `)
    this.addSql(`
      create trigger invoice_payment_frozen before update
        on "invoice_payment"
        for each row execute function invoicing_refuse_snapshot_change();
      create trigger invoice_payment_kept before delete on "invoice_payment"
        for each row execute function invoicing_refuse_delete();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger if exists invoice_payment_frozen on "invoice_payment";
      drop trigger if exists invoice_payment_kept on "invoice_payment";
      drop trigger if exists invoice_frozen on "invoice";
      create trigger invoice_frozen before update on "invoice"
        for each row execute function invoicing_refuse_snapshot_change(
          'status', 'payment_status', 'display_status', 'metadata',
          'updated_at');
    `)
  }
}
