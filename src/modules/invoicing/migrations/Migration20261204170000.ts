import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Closes the remaining ways around the numbering and the frozen snapshot:
 * - a void invoice no longer counts as the order's invoice, so the order can
 *   be invoiced again;
 * - an invoice row can only be inserted with the number its transaction
 *   just took from the counter;
 * - lines and tax rows can only be added in the transaction that inserted
 *   their invoice;
 * - the counter only ever moves up by one (or back by one when the issuing
 *   workflow's compensation releases the last number) and is never deleted.
 * Invoice lines also record whether their prices included tax.
 */
export class Migration20261204170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "invoice_line" add column if not exists
        "is_tax_inclusive" boolean not null default false;
      drop index if exists "IDX_invoice_primary_per_order";
      create unique index if not exists "IDX_invoice_primary_per_order"
        on "invoice" ("order_id")
        where kind = 'invoice' and status <> 'void' and deleted_at is null;
    `)
    this.addSql(`
      create or replace function invoicing_check_invoice_insert()
      returns trigger language plpgsql as $$
      begin
        if not exists (
          select 1 from invoice_number_counter c
          where c.series = new.series and c.year = new.year
            and c.last_value = new.sequence
            and c.xmin = pg_current_xact_id()::xid
        ) then
          raise exception 'invoicing: invoice % must take its number from the counter in the same transaction', new.number
            using errcode = 'check_violation';
        end if;
        return new;
      end;
      $$;
      create trigger invoice_numbered before insert on "invoice"
        for each row execute function invoicing_check_invoice_insert();
    `)
    this.addSql(`
      create or replace function invoicing_check_snapshot_insert()
      returns trigger language plpgsql as $$
      begin
        if not exists (
          select 1 from invoice i
          where i.id = new.invoice_id and i.xmin = pg_current_xact_id()::xid
        ) then
          raise exception 'invoicing: % cannot be added to issued invoice %', TG_TABLE_NAME, new.invoice_id
            using errcode = 'check_violation';
        end if;
        return new;
      end;
      $$;
      create trigger invoice_line_snapshot before insert on "invoice_line"
        for each row execute function invoicing_check_snapshot_insert();
      create trigger invoice_tax_row_snapshot before insert
        on "invoice_tax_row"
        for each row execute function invoicing_check_snapshot_insert();
    `)
    this.addSql(`
      create or replace function invoicing_check_counter_update()
      returns trigger language plpgsql as $$
      begin
        if new.series is distinct from old.series
          or new.year is distinct from old.year
          or new.deleted_at is distinct from old.deleted_at
          or not (
            new.last_value = old.last_value + 1
            or (new.last_value = old.last_value - 1
              and coalesce(current_setting('invoicing.allow_release', true), '') = 'on')
          )
        then
          raise exception 'invoicing: the number counter % only moves forward one number at a time', old.id
            using errcode = 'check_violation';
        end if;
        return new;
      end;
      $$;
      create trigger invoice_number_counter_forward before update
        on "invoice_number_counter"
        for each row execute function invoicing_check_counter_update();
      create trigger invoice_number_counter_kept before delete
        on "invoice_number_counter"
        for each row execute function invoicing_refuse_delete();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger if exists invoice_numbered on "invoice";
      drop trigger if exists invoice_line_snapshot on "invoice_line";
      drop trigger if exists invoice_tax_row_snapshot on "invoice_tax_row";
      drop trigger if exists invoice_number_counter_forward
        on "invoice_number_counter";
      drop trigger if exists invoice_number_counter_kept
        on "invoice_number_counter";
      drop function if exists invoicing_check_invoice_insert();
      drop function if exists invoicing_check_snapshot_insert();
      drop function if exists invoicing_check_counter_update();
      drop index if exists "IDX_invoice_primary_per_order";
      create unique index if not exists "IDX_invoice_primary_per_order"
        on "invoice" ("order_id")
        where kind = 'invoice' and deleted_at is null;
      alter table "invoice_line" drop column if exists "is_tax_inclusive";
    `)
  }
}
