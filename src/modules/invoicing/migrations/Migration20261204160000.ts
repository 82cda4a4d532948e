import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Guards that belong to the database, so they hold whatever code writes:
 * one primary invoice per order, a frozen snapshot (only the status columns,
 * metadata and updated_at of an invoice may change; lines and tax rows never
 * change), and no deletion of issued documents except by the issuing
 * workflow's own compensation, which sets `invoicing.allow_release`.
 */
export class Migration20261204160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create unique index if not exists "IDX_invoice_primary_per_order"
        on "invoice" ("order_id")
        where kind = 'invoice' and deleted_at is null;
    `)
    this.addSql(`
      create or replace function invoicing_refuse_snapshot_change()
      returns trigger language plpgsql as $$
      declare
        mutable text[] := coalesce(TG_ARGV, '{}'::text[]);
      begin
        if (to_jsonb(new) - mutable) is distinct from (to_jsonb(old) - mutable)
        then
          raise exception 'invoicing: % % is an issued document and cannot be changed; issue a credit note instead', TG_TABLE_NAME, old.id
            using errcode = 'check_violation';
        end if;
        return new;
      end;
      $$;
    `)
    this.addSql(`
      create or replace function invoicing_refuse_delete()
      returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('invoicing.allow_release', true), '') <> 'on'
        then
          raise exception 'invoicing: % % is an issued document and cannot be deleted', TG_TABLE_NAME, old.id
            using errcode = 'check_violation';
        end if;
        return old;
      end;
      $$;
    `)
    this.addSql(`
      create trigger invoice_frozen before update on "invoice"
        for each row execute function invoicing_refuse_snapshot_change(
          'status', 'payment_status', 'display_status', 'metadata',
          'updated_at');
      create trigger invoice_line_frozen before update on "invoice_line"
        for each row execute function invoicing_refuse_snapshot_change();
      create trigger invoice_tax_row_frozen before update on "invoice_tax_row"
        for each row execute function invoicing_refuse_snapshot_change();
      create trigger invoice_kept before delete on "invoice"
        for each row execute function invoicing_refuse_delete();
      create trigger invoice_line_kept before delete on "invoice_line"
        for each row execute function invoicing_refuse_delete();
      create trigger invoice_tax_row_kept before delete on "invoice_tax_row"
        for each row execute function invoicing_refuse_delete();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger if exists invoice_frozen on "invoice";
      drop trigger if exists invoice_line_frozen on "invoice_line";
      drop trigger if exists invoice_tax_row_frozen on "invoice_tax_row";
      drop trigger if exists invoice_kept on "invoice";
      drop trigger if exists invoice_line_kept on "invoice_line";
      drop trigger if exists invoice_tax_row_kept on "invoice_tax_row";
      drop function if exists invoicing_refuse_snapshot_change();
      drop function if exists invoicing_refuse_delete();
      drop index if exists "IDX_invoice_primary_per_order";
    `)
  }
}
