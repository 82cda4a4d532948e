import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const AUDITED = [
  "status",
  "payment_status",
  "display_status",
  "amount_paid",
  "amount_refunded",
  "amount_credited",
  "balance",
  "reminder_level",
]

/**
 * Credit notes and additional invoices, and the audit trail.
 * - An order keeps one primary invoice (origin `order`); invoices for value
 *   added by an order change and credit notes do not count against it.
 * - Every insert of an invoice or credit note and every change of its state
 *   columns writes an audit row in the same transaction, with the actor and
 *   reason the transaction declared (`invoicing.actor`, `invoicing.reason`;
 *   `system` when none). Audit rows are never changed or deleted.
 */
export class Migration20261204183000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      drop index if exists "IDX_invoice_primary_per_order";
      create unique index if not exists "IDX_invoice_primary_per_order"
        on "invoice" ("order_id")
        where kind = 'invoice' and origin = 'order' and status <> 'void'
          and deleted_at is null;
    `)
    this.addSql(`
      create or replace function invoicing_audit_invoice()
      returns trigger language plpgsql as $$
      declare
        audited text[] := array['${AUDITED.join("','")}'];
        actor text := coalesce(nullif(current_setting('invoicing.actor', true), ''), 'system');
        before_state jsonb := '{}'::jsonb;
        after_state jsonb := '{}'::jsonb;
        col text;
      begin
        if TG_OP = 'INSERT' then
          foreach col in array audited loop
            after_state := after_state || jsonb_build_object(col, to_jsonb(new) -> col);
          end loop;
        else
          foreach col in array audited loop
            if (to_jsonb(new) -> col) is distinct from (to_jsonb(old) -> col) then
              before_state := before_state || jsonb_build_object(col, to_jsonb(old) -> col);
              after_state := after_state || jsonb_build_object(col, to_jsonb(new) -> col);
            end if;
          end loop;
          if after_state = '{}'::jsonb then
            return new;
          end if;
        end if;
        insert into invoice_audit_entry (id, invoice_id, action, reason,
            before, after, actor_type, actor_id)
          values ('invaud_' || replace(gen_random_uuid()::text, '-', ''),
            new.id, case when TG_OP = 'INSERT' then 'issued' else 'updated' end,
            nullif(current_setting('invoicing.reason', true), ''),
            case when TG_OP = 'INSERT' then null else before_state end,
            after_state, split_part(actor, ':', 1),
            nullif(split_part(actor, ':', 2), ''));
        return new;
      end;
      $$;
      create trigger invoice_audited after insert or update on "invoice"
        for each row execute function invoicing_audit_invoice();
      create trigger invoice_audit_entry_frozen before update
        on "invoice_audit_entry"
        for each row execute function invoicing_refuse_snapshot_change();
      create trigger invoice_audit_entry_kept before delete
        on "invoice_audit_entry"
        for each row execute function invoicing_refuse_delete();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger if exists invoice_audited on "invoice";
      drop trigger if exists invoice_audit_entry_frozen on "invoice_audit_entry";
      drop trigger if exists invoice_audit_entry_kept on "invoice_audit_entry";
      drop function if exists invoicing_audit_invoice();
      drop index if exists "IDX_invoice_primary_per_order";
      create unique index if not exists "IDX_invoice_primary_per_order"
        on "invoice" ("order_id")
        where kind = 'invoice' and status <> 'void' and deleted_at is null;
    `)
  }
}
