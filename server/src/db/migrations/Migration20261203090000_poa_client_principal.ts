import { Migration } from '@mikro-orm/migrations';

/**
 * A power of attorney's principal is the firm's customer: the client where there is one (a client
 * taken on directly has no lead), else the lead. A power of attorney names a lead or a client.
 * And a cleared city of the contract settings is null, not an empty string.
 */
export class Migration20261203090000_poa_client_principal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "power_of_attorney" add column "client_id" uuid null;`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "power_of_attorney_client_id_index" on "power_of_attorney" ("client_id");`);
    this.addSql(`alter table "power_of_attorney" alter column "lead_id" drop not null;`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_lead_or_client" check ("lead_id" is not null or "client_id" is not null);`);
    // powers of attorney of leads that are clients already name the client too
    this.addSql(`update "power_of_attorney" p set "client_id" = cl."id" from "client" cl where cl."lead_id" = p."lead_id" and cl."firm_id" = p."firm_id" and p."client_id" is null;`);
    // a city cleared in the contract settings was saved as ''; it is null now
    this.addSql(`update "contract_settings" set "city" = null where trim("city") = '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "power_of_attorney" where "lead_id" is null;`);
    this.addSql(`alter table "power_of_attorney" drop constraint "power_of_attorney_lead_or_client";`);
    this.addSql(`alter table "power_of_attorney" alter column "lead_id" set not null;`);
    this.addSql(`drop index "power_of_attorney_client_id_index";`);
    this.addSql(`alter table "power_of_attorney" drop constraint "power_of_attorney_client_id_foreign";`);
    this.addSql(`alter table "power_of_attorney" drop column "client_id";`);
  }

}
