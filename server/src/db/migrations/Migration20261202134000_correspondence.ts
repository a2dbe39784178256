import { Migration } from '@mikro-orm/migrations';

/**
 * Timelines (entries, follow-ups) and notifications. Entries carry a generated `search` column,
 * their words in the Russian configuration, under a GIN index for full-text search.
 */
export class Migration20261202134000_correspondence extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "timeline_entry_kind" as enum ('CALL', 'MEETING', 'NOTE', 'FOLLOW_UP_RESULT');`);
    this.addSql(`create type "contact_direction" as enum ('INCOMING', 'OUTGOING');`);
    this.addSql(`create type "follow_up_status" as enum ('OPEN', 'DONE');`);

    this.addSql(`create table "timeline_entry" ("id" uuid not null, "firm_id" uuid not null, "lead_id" uuid not null, "kind" "timeline_entry_kind" not null, "occurred_at" timestamptz not null, "direction" "contact_direction" null, "contact_name" varchar(200) null, "summary" text not null, "result" text null, "author_id" uuid null, "follow_up_id" uuid null, "created_at" timestamptz not null default now(), constraint "timeline_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "timeline_entry" add column "search" tsvector generated always as (to_tsvector('russian', coalesce("contact_name", '') || ' ' || "summary" || ' ' || coalesce("result", ''))) stored;`);
    this.addSql(`create index "timeline_entry_firm_id_lead_id_occurred_at_index" on "timeline_entry" ("firm_id", "lead_id", "occurred_at");`);
    this.addSql(`create index "timeline_entry_search_index" on "timeline_entry" using gin ("search");`);

    this.addSql(`create table "follow_up" ("id" uuid not null, "firm_id" uuid not null, "lead_id" uuid not null, "entry_id" uuid null, "owner_id" uuid not null, "title" varchar(500) not null, "due_at" timestamptz not null, "status" "follow_up_status" not null default 'OPEN', "result" text null, "closed_at" timestamptz null, "closed_by_id" uuid null, "created_by_id" uuid null, "due_notified_at" timestamptz null, "overdue_notified_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "follow_up_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_firm_id_owner_id_status_due_at_index" on "follow_up" ("firm_id", "owner_id", "status", "due_at");`);
    this.addSql(`create index "follow_up_firm_id_lead_id_created_at_index" on "follow_up" ("firm_id", "lead_id", "created_at");`);
    // what the reminder job scans: open follow-ups not yet announced, by due moment
    this.addSql(`create index "follow_up_reminders_index" on "follow_up" ("due_at") where "status" = 'OPEN' and ("due_notified_at" is null or "overdue_notified_at" is null);`);

    this.addSql(`create table "notification" ("id" uuid not null, "firm_id" uuid not null, "user_id" uuid not null, "kind" varchar(60) not null, "subject_type" varchar(40) null, "subject_id" varchar(64) null, "data" jsonb not null default '{}', "read_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_firm_id_user_id_created_at_index" on "notification" ("firm_id", "user_id", "created_at");`);
    this.addSql(`create index "notification_unread_index" on "notification" ("user_id") where "read_at" is null;`);

    this.addSql(`alter table "timeline_entry" add constraint "timeline_entry_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "timeline_entry" add constraint "timeline_entry_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "timeline_entry" add constraint "timeline_entry_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "follow_up" add constraint "follow_up_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_entry_id_foreign" foreign key ("entry_id") references "timeline_entry" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" add constraint "notification_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "follow_up" cascade;`);
    this.addSql(`drop table if exists "timeline_entry" cascade;`);
    this.addSql(`drop type "follow_up_status";`);
    this.addSql(`drop type "contact_direction";`);
    this.addSql(`drop type "timeline_entry_kind";`);
  }

}
