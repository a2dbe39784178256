import { Migration } from '@mikro-orm/migrations';

/**
 * Timelines of clients, and document requests.
 *
 * An entry or follow-up belongs to a lead, a client, or both (written after acceptance, it names
 * both). A client's timeline reads its own rows together with those of the lead it came from, so
 * nothing is copied or rewritten when a lead is accepted (see timeline-subject.ts).
 *
 * Entries get a generic subject and link (e.g. an e-mail: kind, subject, body in `summary`, link to
 * the stored message); the search column is rebuilt to include the subject.
 */
export class Migration20261202165000_client_timelines extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "timeline_entry" alter column "lead_id" drop not null;`);
    this.addSql(`alter table "timeline_entry" add column "client_id" uuid null, add column "subject" varchar(500) null, add column "link_type" varchar(40) null, add column "link_id" varchar(64) null;`);
    this.addSql(`alter table "timeline_entry" add constraint "timeline_entry_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "timeline_entry" add constraint "timeline_entry_owner_check" check ("lead_id" is not null or "client_id" is not null);`);
    this.addSql(`create index "timeline_entry_firm_id_client_id_occurred_at_index" on "timeline_entry" ("firm_id", "client_id", "occurred_at");`);
    this.addSql(`drop index "timeline_entry_search_index";`);
    this.addSql(`alter table "timeline_entry" drop column "search";`);
    this.addSql(`alter table "timeline_entry" add column "search" tsvector generated always as (to_tsvector('russian', coalesce("subject", '') || ' ' || coalesce("contact_name", '') || ' ' || "summary" || ' ' || coalesce("result", ''))) stored;`);
    this.addSql(`create index "timeline_entry_search_index" on "timeline_entry" using gin ("search");`);

    this.addSql(`alter table "follow_up" alter column "lead_id" drop not null;`);
    this.addSql(`alter table "follow_up" add column "client_id" uuid null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_owner_check" check ("lead_id" is not null or "client_id" is not null);`);
    this.addSql(`create index "follow_up_firm_id_client_id_created_at_index" on "follow_up" ("firm_id", "client_id", "created_at");`);

    this.addSql(`create table "document_request" ("id" uuid not null, "firm_id" uuid not null, "lead_id" uuid null, "client_id" uuid null, "due_date" date not null, "responsible_id" uuid not null, "items" jsonb not null default '[]', "status" varchar(20) not null default 'OPEN', "search_text" text not null default '', "created_by_id" uuid null, "created_at" timestamptz not null default now(), "overdue_notified_at" timestamptz null, "version" int not null default 1, constraint "document_request_pkey" primary key ("id"), constraint "document_request_owner_check" check ("lead_id" is not null or "client_id" is not null));`);
    this.addSql(`alter table "document_request" add column "search" tsvector generated always as (to_tsvector('russian', "search_text")) stored;`);
    this.addSql(`create index "document_request_search_index" on "document_request" using gin ("search");`);
    this.addSql(`create index "document_request_firm_id_lead_id_created_at_index" on "document_request" ("firm_id", "lead_id", "created_at");`);
    this.addSql(`create index "document_request_firm_id_client_id_created_at_index" on "document_request" ("firm_id", "client_id", "created_at");`);
    this.addSql(`create index "document_request_firm_id_responsible_id_status_due_date_index" on "document_request" ("firm_id", "responsible_id", "status", "due_date");`);
    // what the overdue job scans: requests not yet announced, by due day
    this.addSql(`create index "document_request_overdue_index" on "document_request" ("due_date") where "overdue_notified_at" is null and "status" <> 'COMPLETE';`);
    this.addSql(`alter table "document_request" add constraint "document_request_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_request" add constraint "document_request_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_request" add constraint "document_request_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_request" add constraint "document_request_responsible_id_foreign" foreign key ("responsible_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_request" add constraint "document_request_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "correspondence_template" ("id" uuid not null, "firm_id" uuid not null, "kind" varchar(40) not null, "subject" varchar(500) not null, "body" text not null, "updated_at" timestamptz not null default now(), constraint "correspondence_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "correspondence_template" add constraint "correspondence_template_firm_id_kind_unique" unique ("firm_id", "kind");`);
    this.addSql(`alter table "correspondence_template" add constraint "correspondence_template_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "correspondence_template" cascade;`);
    this.addSql(`drop table if exists "document_request" cascade;`);
    this.addSql(`delete from "follow_up" where "lead_id" is null;`);
    this.addSql(`alter table "follow_up" drop constraint "follow_up_owner_check", drop column "client_id";`);
    this.addSql(`alter table "follow_up" alter column "lead_id" set not null;`);
    this.addSql(`delete from "timeline_entry" where "lead_id" is null;`);
    this.addSql(`drop index "timeline_entry_search_index";`);
    this.addSql(`alter table "timeline_entry" drop column "search";`);
    this.addSql(`alter table "timeline_entry" drop constraint "timeline_entry_owner_check", drop column "client_id", drop column "subject", drop column "link_type", drop column "link_id";`);
    this.addSql(`alter table "timeline_entry" alter column "lead_id" set not null;`);
    this.addSql(`alter table "timeline_entry" add column "search" tsvector generated always as (to_tsvector('russian', coalesce("contact_name", '') || ' ' || "summary" || ' ' || coalesce("result", ''))) stored;`);
    this.addSql(`create index "timeline_entry_search_index" on "timeline_entry" using gin ("search");`);
  }

}
