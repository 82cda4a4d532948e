import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204184711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_payment" drop constraint if exists "invoice_payment_kind_check";`);

    this.addSql(`alter table if exists "invoice_payment" add constraint "invoice_payment_kind_check" check("kind" in ('payment', 'refund', 'reversal', 'transfer'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice_payment" drop constraint if exists "invoice_payment_kind_check";`);

    this.addSql(`alter table if exists "invoice_payment" add constraint "invoice_payment_kind_check" check("kind" in ('payment', 'refund', 'reversal'));`);
  }

}
