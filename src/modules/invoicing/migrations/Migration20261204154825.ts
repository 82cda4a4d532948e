import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204154825 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_number_counter" drop constraint if exists "invoice_number_counter_series_year_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`);
    this.addSql(`create table if not exists "invoice" ("id" text not null, "number" text not null, "series" text not null, "year" integer not null, "sequence" integer not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null default 'invoice', "order_id" text not null, "order_display_id" integer null, "customer_id" text null, "email" text null, "currency_code" text not null, "status" text check ("status" in ('issued', 'void', 'credited')) not null default 'issued', "payment_status" text check ("payment_status" in ('unpaid', 'partially_paid', 'paid')) not null default 'unpaid', "display_status" text check ("display_status" in ('invoiced', 'partially_paid', 'paid', 'overdue', 'credited', 'void')) not null default 'invoiced', "issue_date" text not null, "due_date" text not null, "payment_terms_days" integer not null, "issued_at" timestamptz not null, "seller" jsonb not null, "billing_address" jsonb null, "shipping_address" jsonb null, "item_subtotal" numeric not null, "shipping_subtotal" numeric not null, "subtotal" numeric not null, "discount_total" numeric not null, "tax_total" numeric not null, "total" numeric not null, "metadata" jsonb null, "raw_item_subtotal" jsonb not null, "raw_shipping_subtotal" jsonb not null, "raw_subtotal" jsonb not null, "raw_discount_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_order_id" ON "invoice" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_customer_id" ON "invoice" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_display_status" ON "invoice" ("display_status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_line" ("id" text not null, "position" integer not null, "line_type" text check ("line_type" in ('item', 'shipping')) not null, "source_id" text null, "title" text not null, "description" text null, "sku" text null, "variant_id" text null, "product_id" text null, "quantity" numeric not null, "unit_price" numeric not null, "subtotal" numeric not null, "discount_total" numeric not null, "tax_total" numeric not null, "total" numeric not null, "tax_rate" numeric not null, "tax_lines" jsonb not null, "invoice_id" text not null, "raw_quantity" jsonb not null, "raw_unit_price" jsonb not null, "raw_subtotal" jsonb not null, "raw_discount_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "raw_tax_rate" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_line_invoice_id" ON "invoice_line" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_line_deleted_at" ON "invoice_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_number_counter" ("id" text not null, "series" text not null, "year" integer not null, "last_value" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_number_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_number_counter_deleted_at" ON "invoice_number_counter" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_counter_series_year_unique" ON "invoice_number_counter" ("series", "year") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_tax_row" ("id" text not null, "code" text null, "name" text null, "rate" numeric not null, "taxable_amount" numeric not null, "tax_amount" numeric not null, "invoice_id" text not null, "raw_rate" jsonb not null, "raw_taxable_amount" jsonb not null, "raw_tax_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_tax_row_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_tax_row_invoice_id" ON "invoice_tax_row" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_tax_row_deleted_at" ON "invoice_tax_row" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "invoice_tax_row" add constraint "invoice_tax_row_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice_line" drop constraint if exists "invoice_line_invoice_id_foreign";`);

    this.addSql(`alter table if exists "invoice_tax_row" drop constraint if exists "invoice_tax_row_invoice_id_foreign";`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_line" cascade;`);

    this.addSql(`drop table if exists "invoice_number_counter" cascade;`);

    this.addSql(`drop table if exists "invoice_tax_row" cascade;`);
  }

}
