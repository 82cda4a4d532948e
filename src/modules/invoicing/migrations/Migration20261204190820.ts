import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204190820 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice" add column if not exists "pdf_file_id" text null, add column if not exists "emailed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice" drop column if exists "pdf_file_id", drop column if exists "emailed_at";`);
  }

}
