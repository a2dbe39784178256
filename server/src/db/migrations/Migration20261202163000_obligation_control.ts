import { Migration } from '@mikro-orm/migrations';

/**
 * Obligation reminders and calendar feeds: per obligation, the due date each reminder was sent
 * for (a re-dated item is reminded of again, a sent one never twice); each user's days-before
 * setting; each user's private iCalendar feed, its token stored hashed.
 */
export class Migration20261202163000_obligation_control extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "obligation" add column "due_soon_notified_for" date null, add column "overdue_notified_for" date null;`);
    // what the reminder job scans: open items by due date
    this.addSql(`create index "obligation_open_due_date_index" on "obligation" ("due_date") where "status" in ('PLANNED', 'IN_PROGRESS');`);

    this.addSql(`create table "obligation_reminder_setting" ("id" uuid not null, "firm_id" uuid not null, "user_id" uuid not null, "days_before" smallint not null default 3, "updated_at" timestamptz not null default now(), constraint "obligation_reminder_setting_pkey" primary key ("id"), constraint "obligation_reminder_setting_days_before_check" check ("days_before" between 0 and 30));`);
    this.addSql(`alter table "obligation_reminder_setting" add constraint "obligation_reminder_setting_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "obligation_reminder_setting" add constraint "obligation_reminder_setting_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "obligation_reminder_setting" add constraint "obligation_reminder_setting_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "calendar_feed" ("id" uuid not null, "firm_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, constraint "calendar_feed_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
    this.addSql(`drop table if exists "obligation_reminder_setting" cascade;`);
    this.addSql(`drop index if exists "obligation_open_due_date_index";`);
    this.addSql(`alter table "obligation" drop column "due_soon_notified_for", drop column "overdue_notified_for";`);
  }
}
