import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204185550 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "invoicing_settings" ("id" text not null, "seller" jsonb not null, "logo_file_id" text null, "footer" text null, "default_language" text not null, "payment_terms_days" integer not null, "number_format" text not null, "credit_note_number_format" text not null, "reminder_days" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoicing_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_settings_deleted_at" ON "invoicing_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoicing_settings" cascade;`);
  }

}
