import { Migration } from '@mikro-orm/migrations';

/** The firm's requisites for its quotes: INN, KPP, address, contacts, tax regime and VAT, a quote's validity, the logo. */
export class Migration20261202130500_firm_requisites extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "firm" add column "inn" varchar(12) null, add column "kpp" varchar(9) null, add column "address" varchar(500) null, add column "phone" varchar(16) null, add column "email" varchar(254) null, add column "website" varchar(200) null, add column "tax_regime" "tax_regime" null, add column "vat_rate" smallint null, add column "quote_valid_days" smallint not null default 30, add column "logo" bytea null, add column "logo_type" varchar(20) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "firm" drop column "inn", drop column "kpp", drop column "address", drop column "phone", drop column "email", drop column "website", drop column "tax_regime", drop column "vat_rate", drop column "quote_valid_days", drop column "logo", drop column "logo_type";`);
  }

}
