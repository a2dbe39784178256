import { Migration } from '@mikro-orm/migrations';

/**
 * Powers of attorney marked EXPIRED by the daily job and announced once before they end; contracts
 * the client leaves unsigned announced once after the firm's number of days; each user's
 * notification kinds turned off (a row per kind they do not want).
 */
export class Migration20261202162000_poa_expiry_notification_preferences extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "power_of_attorney" add column "expired_on" date null, add column "expiring_notified_at" timestamptz null;`);
    // what the expiry job scans: issued, live ones not yet marked or announced, by end date
    this.addSql(`create index "power_of_attorney_expiry_index" on "power_of_attorney" ("valid_until") where "issued_on" is not null and "revoked_on" is null and "expired_on" is null;`);
    this.addSql(`create index "power_of_attorney_replaces_id_index" on "power_of_attorney" ("replaces_id");`);

    // ⚠️ practice: a contract sent but unsigned for 7 days is chased (contracts-poa.md §7)
    this.addSql(`alter table "contract_settings" add column "unsigned_reminder_days" int not null default 7;`);
    this.addSql(`alter table "contract" add column "unsigned_notified_at" timestamptz null;`);

    this.addSql(`create table "notification_opt_out" ("id" uuid not null, "firm_id" uuid not null, "user_id" uuid not null, "kind" varchar(60) not null, "created_at" timestamptz not null default now(), constraint "notification_opt_out_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_opt_out" add constraint "notification_opt_out_user_id_kind_unique" unique ("user_id", "kind");`);
    this.addSql(`alter table "notification_opt_out" add constraint "notification_opt_out_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification_opt_out" add constraint "notification_opt_out_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_opt_out" cascade;`);
    this.addSql(`alter table "contract" drop column "unsigned_notified_at";`);
    this.addSql(`alter table "contract_settings" drop column "unsigned_reminder_days";`);
    this.addSql(`drop index if exists "power_of_attorney_replaces_id_index";`);
    this.addSql(`drop index if exists "power_of_attorney_expiry_index";`);
    this.addSql(`alter table "power_of_attorney" drop column "expiring_notified_at", drop column "expired_on";`);
  }
}
