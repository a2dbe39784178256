import { Migration } from '@mikro-orm/migrations';

/** Production calendars a firm loads per year; they replace the built-in or provisional one of that year. */
export class Migration20261202164000_production_calendars extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "production_calendar" ("id" uuid not null, "firm_id" uuid not null, "year" int not null, "days_off" jsonb not null, "working_weekends" jsonb not null, "shortened" jsonb not null, "source" varchar(300) not null, "working_days" int not null, "loaded_by_id" uuid null, "loaded_at" timestamptz not null default now(), "version" int not null default 1, constraint "production_calendar_pkey" primary key ("id"));`);
    this.addSql(`alter table "production_calendar" add constraint "production_calendar_firm_id_year_unique" unique ("firm_id", "year");`);
    this.addSql(`alter table "production_calendar" add constraint "production_calendar_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "production_calendar" add constraint "production_calendar_loaded_by_id_foreign" foreign key ("loaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    // the clients whose schedules still carry provisional dates: what loading a calendar recomputes
    this.addSql(`create index "obligation_provisional_index" on "obligation" ("firm_id", "client_id") where "provisional";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "obligation_provisional_index";`);
    this.addSql(`drop table if exists "production_calendar" cascade;`);
  }
}
