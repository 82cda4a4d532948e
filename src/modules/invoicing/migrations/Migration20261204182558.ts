import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204182558 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "invoice_audit_entry" ("id" text not null, "action" text not null, "reason" text null, "before" jsonb null, "after" jsonb null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null, "actor_id" text null, "invoice_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_audit_entry_invoice_id" ON "invoice_audit_entry" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_audit_entry_deleted_at" ON "invoice_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_audit_entry_invoice_id_created_at" ON "invoice_audit_entry" ("invoice_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "invoice_audit_entry" add constraint "invoice_audit_entry_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "invoice" add column if not exists "origin" text check ("origin" in ('order', 'order_change', 'cancellation', 'manual')) not null default 'order', add column if not exists "corrects_invoice_id" text null, add column if not exists "reason" text null, add column if not exists "reminder_level" integer not null default 0;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_corrects_invoice_id" ON "invoice" ("corrects_invoice_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "invoice_line" add column if not exists "corrects_line_id" text null, add column if not exists "is_tax_inclusive" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice_audit_entry" cascade;`);

    this.addSql(`drop index if exists "IDX_invoice_corrects_invoice_id";`);
    this.addSql(`alter table if exists "invoice" drop column if exists "origin", drop column if exists "corrects_invoice_id", drop column if exists "reason";`);

    this.addSql(`alter table if exists "invoice_line" drop column if exists "corrects_line_id";`);
  }

}
