import { Migration } from '@mikro-orm/migrations';

export class Migration20261130002017_leads_pricing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "lead_field_type" as enum ('TEXT', 'NUMBER', 'BOOLEAN', 'CHOICE', 'DATE');`);
    this.addSql(`create type "tariff_version_status" as enum ('DRAFT', 'PUBLISHED', 'SUPERSEDED');`);
    this.addSql(`create type "legal_form" as enum ('ORGANIZATION', 'INDIVIDUAL_ENTREPRENEUR');`);
    this.addSql(`create type "tax_regime" as enum ('OSNO', 'USN_INCOME', 'USN_INCOME_MINUS_EXPENSES', 'PSN', 'ESHN', 'AUSN_INCOME', 'AUSN_INCOME_MINUS_EXPENSES', 'NPD');`);
    this.addSql(`create type "lead_stage" as enum ('NEW', 'CONTACTED', 'PRICED', 'NEGOTIATION', 'WON', 'LOST');`);
    this.addSql(`create table "lead_field" ("id" uuid not null, "firm_id" uuid not null, "key" varchar(40) not null, "label" varchar(100) not null, "type" "lead_field_type" not null, "options" jsonb not null default '[]', "position" int not null default 0, "archived" boolean not null default false, constraint "lead_field_pkey" primary key ("id"));`);
    this.addSql(`alter table "lead_field" add constraint "lead_field_firm_id_key_unique" unique ("firm_id", "key");`);

    this.addSql(`create table "lead_source" ("id" uuid not null, "firm_id" uuid not null, "name" varchar(100) not null, "position" int not null default 0, "archived" boolean not null default false, constraint "lead_source_pkey" primary key ("id"));`);
    this.addSql(`alter table "lead_source" add constraint "lead_source_firm_id_name_unique" unique ("firm_id", "name");`);

    this.addSql(`create table "lost_reason" ("id" uuid not null, "firm_id" uuid not null, "name" varchar(100) not null, "position" int not null default 0, "archived" boolean not null default false, constraint "lost_reason_pkey" primary key ("id"));`);
    this.addSql(`alter table "lost_reason" add constraint "lost_reason_firm_id_name_unique" unique ("firm_id", "name");`);

    this.addSql(`create table "tariff_plan" ("id" uuid not null, "firm_id" uuid not null, "name" varchar(100) not null, "is_default" boolean not null default false, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "tariff_plan_pkey" primary key ("id"));`);

    this.addSql(`create table "tariff_version" ("id" uuid not null, "firm_id" uuid not null, "plan_id" uuid not null, "number" int not null, "status" "tariff_version_status" not null default 'DRAFT', "definition" jsonb not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "published_at" timestamptz null, "version" int not null default 1, constraint "tariff_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "tariff_version" add constraint "tariff_version_plan_id_number_unique" unique ("plan_id", "number");`);

    this.addSql(`create table "lead" ("id" uuid not null, "firm_id" uuid not null, "last_name" varchar(100) not null, "first_name" varchar(100) not null, "patronymic" varchar(100) null, "legal_form" "legal_form" not null, "company_name" varchar(300) not null, "inn" varchar(12) null, "tax_regime" "tax_regime" null, "okved_code" varchar(8) null, "activity" varchar(500) null, "region_code" varchar(2) null, "source_id" uuid null, "phone" varchar(20) null, "email" varchar(254) null, "owner_id" uuid null, "notes" text null, "extra" jsonb not null default '{}', "stage" "lead_stage" not null default 'NEW', "lost_reason_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "lead_pkey" primary key ("id"));`);
    this.addSql(`create index "lead_firm_id_email_index" on "lead" ("firm_id", "email");`);
    this.addSql(`create index "lead_firm_id_phone_index" on "lead" ("firm_id", "phone");`);
    this.addSql(`create index "lead_firm_id_inn_index" on "lead" ("firm_id", "inn");`);
    this.addSql(`create index "lead_firm_id_stage_index" on "lead" ("firm_id", "stage");`);

    this.addSql(`create table "pricing_run" ("id" uuid not null, "firm_id" uuid not null, "lead_id" uuid not null, "number" int not null, "tariff_version_id" uuid not null, "input" jsonb not null, "breakdown" jsonb not null, "price" bigint not null, "cost" bigint not null, "margin" bigint not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "pricing_run_pkey" primary key ("id"));`);
    this.addSql(`create index "pricing_run_lead_id_created_at_index" on "pricing_run" ("lead_id", "created_at");`);

    this.addSql(`alter table "lead_field" add constraint "lead_field_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "lead_source" add constraint "lead_source_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "lost_reason" add constraint "lost_reason_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "tariff_plan" add constraint "tariff_plan_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "tariff_version" add constraint "tariff_version_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "tariff_version" add constraint "tariff_version_plan_id_foreign" foreign key ("plan_id") references "tariff_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "tariff_version" add constraint "tariff_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lead" add constraint "lead_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lead" add constraint "lead_source_id_foreign" foreign key ("source_id") references "lead_source" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "lead" add constraint "lead_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "lead" add constraint "lead_lost_reason_id_foreign" foreign key ("lost_reason_id") references "lost_reason" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pricing_run" add constraint "pricing_run_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pricing_run" add constraint "pricing_run_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pricing_run" add constraint "pricing_run_tariff_version_id_foreign" foreign key ("tariff_version_id") references "tariff_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pricing_run" add constraint "pricing_run_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);


    this.addSql(`create index "firm_event_firm_id_subject_type_subject_id_index" on "firm_event" ("firm_id", "subject_type", "subject_id");`);


  }

  override async down(): Promise<void> {
    this.addSql(`alter table "lead" drop constraint "lead_source_id_foreign";`);

    this.addSql(`alter table "lead" drop constraint "lead_lost_reason_id_foreign";`);

    this.addSql(`alter table "tariff_version" drop constraint "tariff_version_plan_id_foreign";`);

    this.addSql(`alter table "pricing_run" drop constraint "pricing_run_tariff_version_id_foreign";`);

    this.addSql(`alter table "pricing_run" drop constraint "pricing_run_lead_id_foreign";`);


    this.addSql(`drop table if exists "lead_field" cascade;`);

    this.addSql(`drop table if exists "lead_source" cascade;`);

    this.addSql(`drop table if exists "lost_reason" cascade;`);

    this.addSql(`drop table if exists "tariff_plan" cascade;`);

    this.addSql(`drop table if exists "tariff_version" cascade;`);

    this.addSql(`drop table if exists "lead" cascade;`);

    this.addSql(`drop table if exists "pricing_run" cascade;`);


    this.addSql(`drop index "firm_event_firm_id_subject_type_subject_id_index";`);


    this.addSql(`drop type "lead_field_type";`);
    this.addSql(`drop type "tariff_version_status";`);
    this.addSql(`drop type "legal_form";`);
    this.addSql(`drop type "tax_regime";`);
    this.addSql(`drop type "lead_stage";`);
  }

}
