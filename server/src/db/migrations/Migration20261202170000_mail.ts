import { Migration } from '@mikro-orm/migrations';

/**
 * The firm's mailboxes (passwords sealed, see mail-crypto.ts), letters sent and received with
 * their attachments, and the firm's texts of its letter templates. A received letter is stored
 * once per (mailbox, UIDVALIDITY, UID), whichever instance fetched it; EMAIL entries put letters
 * on timelines.
 */
export class Migration20261202170000_mail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "timeline_entry_kind" add value if not exists 'EMAIL';`);
    this.addSql(`create type "mail_tls" as enum ('NONE', 'STARTTLS', 'TLS');`);
    this.addSql(`create type "mail_template_code" as enum ('DOCUMENT_REQUEST', 'PAYMENT_REMINDER', 'WELCOME');`);

    this.addSql(`create table "mailbox" ("id" uuid not null, "firm_id" uuid not null, "label" varchar(100) not null, "address" varchar(254) not null, "sender_name" varchar(200) not null, "signature" text not null default '', "smtp_host" varchar(253) not null, "smtp_port" int not null, "smtp_tls" "mail_tls" not null, "smtp_user" varchar(254) not null, "smtp_password_sealed" text not null, "imap_host" varchar(253) not null, "imap_port" int not null, "imap_tls" "mail_tls" not null, "imap_user" varchar(254) not null, "imap_password_sealed" text not null, "sent_folder" varchar(200) null, "uid_validity" bigint null, "last_uid" bigint not null default 0, "last_fetched_at" timestamptz null, "last_fetch_error" text null, "created_at" timestamptz not null default now(), constraint "mailbox_pkey" primary key ("id"));`);
    this.addSql(`alter table "mailbox" add constraint "mailbox_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "mail_message" ("id" uuid not null, "firm_id" uuid not null, "mailbox_id" uuid null, "direction" "contact_direction" not null, "message_id" varchar(998) not null, "in_reply_to" varchar(998) null, "references" jsonb not null default '[]', "subject" text not null default '', "from" jsonb not null, "to" jsonb not null default '[]', "cc" jsonb not null default '[]', "sent_at" timestamptz not null, "text" text not null default '', "html" text null, "lead_id" uuid null, "client_id" uuid null, "matched_by" varchar(20) null, "uid_validity" bigint null, "uid" bigint null, "sent_by_id" uuid null, "assigned_by_id" uuid null, "copied_to_sent" boolean not null default false, "created_at" timestamptz not null default now(), constraint "mail_message_pkey" primary key ("id"));`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_mailbox_id_uid_validity_uid_unique" unique ("mailbox_id", "uid_validity", "uid");`);
    this.addSql(`create index "mail_message_firm_id_message_id_index" on "mail_message" ("firm_id", "message_id");`);
    this.addSql(`create index "mail_message_firm_id_created_at_index" on "mail_message" ("firm_id", "created_at");`);
    // the triage inbox: letters nobody has attached yet, newest first
    this.addSql(`create index "mail_message_triage_index" on "mail_message" ("firm_id", "sent_at" desc, "id") where "lead_id" is null and "client_id" is null;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_mailbox_id_foreign" foreign key ("mailbox_id") references "mailbox" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_sent_by_id_foreign" foreign key ("sent_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "mail_attachment" ("id" uuid not null, "firm_id" uuid not null, "message_id" uuid not null, "filename" varchar(255) not null, "content_type" varchar(255) not null, "size" int not null, "content" bytea not null, constraint "mail_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "mail_attachment_message_id_index" on "mail_attachment" ("message_id");`);
    this.addSql(`alter table "mail_attachment" add constraint "mail_attachment_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_attachment" add constraint "mail_attachment_message_id_foreign" foreign key ("message_id") references "mail_message" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "mail_template" ("id" uuid not null, "firm_id" uuid not null, "code" "mail_template_code" not null, "subject" varchar(500) not null, "body" text not null, "updated_by_id" uuid null, "updated_at" timestamptz not null default now(), constraint "mail_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "mail_template" add constraint "mail_template_firm_id_code_unique" unique ("firm_id", "code");`);
    this.addSql(`alter table "mail_template" add constraint "mail_template_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_template" add constraint "mail_template_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_template" cascade;`);
    this.addSql(`drop table if exists "mail_attachment" cascade;`);
    this.addSql(`drop table if exists "mail_message" cascade;`);
    this.addSql(`drop table if exists "mailbox" cascade;`);
    this.addSql(`drop type "mail_template_code";`);
    this.addSql(`drop type "mail_tls";`);
    this.addSql(`delete from "timeline_entry" where "kind" = 'EMAIL';`);
  }

}
