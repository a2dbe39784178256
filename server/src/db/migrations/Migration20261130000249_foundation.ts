import { Migration } from '@mikro-orm/migrations';

export class Migration20261130000249_foundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "role" as enum ('OWNER', 'MANAGER', 'COORDINATOR', 'HEAD', 'ACCOUNTANT');`);
    this.addSql(`create type "department" as enum ('TAX', 'PAYROLL', 'CONTRACTS', 'PRIMARY_DOCUMENTS');`);
    this.addSql(`create table "firm" ("id" uuid not null, "name" varchar(200) not null, "event_seq" bigint not null default 0, "created_at" timestamptz not null default now(), constraint "firm_pkey" primary key ("id"));`);

    this.addSql(`create table "firm_event" ("firm_id" uuid not null, "seq" bigint not null, "topic" varchar(40) not null, "type" varchar(60) not null, "actor_id" uuid null, "actor_name" varchar(200) null, "api_token_id" uuid null, "subject_type" varchar(40) null, "subject_id" varchar(64) null, "data" jsonb null, "at" timestamptz not null default now(), constraint "firm_event_pkey" primary key ("firm_id", "seq"));`);
    this.addSql(`create index "firm_event_firm_id_topic_seq_index" on "firm_event" ("firm_id", "topic", "seq");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "firm_id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(255) null, "role" "role" not null, "department" "department" null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "firm_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "firm_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "firm_id" uuid not null, "name" varchar(100) not null, "role" "role" not null, "token_hash" varchar(64) not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create index "app_user_firm_id_index" on "app_user" ("firm_id");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    // counters of rate-limiter-flexible (login attempts), shared by every server instance
    this.addSql(`create table "login_rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);

    this.addSql(`alter table "firm_event" add constraint "firm_event_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "firm_event" drop constraint "firm_event_firm_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_firm_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_firm_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_firm_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_firm_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "login_rate_limit";`);
    this.addSql(`drop table if exists "firm" cascade;`);

    this.addSql(`drop table if exists "firm_event" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop type "role";`);
    this.addSql(`drop type "department";`);
  }

}
