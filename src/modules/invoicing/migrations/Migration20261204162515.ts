import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204162515 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_payment" drop constraint if exists "invoice_payment_idempotency_key_unique";`);
    this.addSql(`alter table if exists "invoice_payment" drop constraint if exists "invoice_payment_reverses_id_unique";`);
    this.addSql(`alter table if exists "invoice_payment" drop constraint if exists "invoice_payment_source_source_ref_unique";`);
    this.addSql(`create table if not exists "invoice_payment" ("id" text not null, "kind" text check ("kind" in ('payment', 'refund', 'reversal')) not null, "amount" numeric not null, "method" text check ("method" in ('card', 'bank_transfer', 'cash', 'check', 'other')) not null, "source" text check ("source" in ('medusa', 'manual')) not null, "source_ref" text null, "reference" text null, "occurred_at" timestamptz not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null, "actor_id" text null, "note" text null, "reverses_id" text null, "idempotency_key" text null, "request_hash" text null, "invoice_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_payment_invoice_id" ON "invoice_payment" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_payment_deleted_at" ON "invoice_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_payment_source_source_ref_unique" ON "invoice_payment" ("source", "source_ref") WHERE source_ref IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_payment_reverses_id_unique" ON "invoice_payment" ("reverses_id") WHERE reverses_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_payment_idempotency_key_unique" ON "invoice_payment" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "invoice_payment" add constraint "invoice_payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_payment_status_check";`);

    this.addSql(`alter table if exists "invoice" add column if not exists "amount_paid" numeric not null default 0, add column if not exists "amount_refunded" numeric not null default 0, add column if not exists "amount_credited" numeric not null default 0, add column if not exists "balance" numeric null, add column if not exists "raw_amount_paid" jsonb not null default '{"value":"0","precision":20}', add column if not exists "raw_amount_refunded" jsonb not null default '{"value":"0","precision":20}', add column if not exists "raw_amount_credited" jsonb not null default '{"value":"0","precision":20}', add column if not exists "raw_balance" jsonb null;`);
    this.addSql(`alter table if exists "invoice" add constraint "invoice_payment_status_check" check("payment_status" in ('unpaid', 'partially_paid', 'paid', 'overpaid'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice_payment" cascade;`);

    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_payment_status_check";`);

    this.addSql(`alter table if exists "invoice" drop column if exists "amount_paid", drop column if exists "amount_refunded", drop column if exists "amount_credited", drop column if exists "balance", drop column if exists "raw_amount_paid", drop column if exists "raw_amount_refunded", drop column if exists "raw_amount_credited", drop column if exists "raw_balance";`);

    this.addSql(`alter table if exists "invoice" add constraint "invoice_payment_status_check" check("payment_status" in ('unpaid', 'partially_paid', 'paid'));`);
  }

}
