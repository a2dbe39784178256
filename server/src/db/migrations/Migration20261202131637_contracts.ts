import { Migration } from '@mikro-orm/migrations';

/** Contracts, amendments, powers of attorney, their generated documents and per-firm number counters. */
export class Migration20261202131637_contracts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "document_owner" as enum ('CONTRACT', 'AMENDMENT', 'POWER_OF_ATTORNEY');`);
    this.addSql(`create type "document_status" as enum ('PENDING', 'READY', 'FAILED');`);
    this.addSql(`create type "signing_channel" as enum ('PAPER', 'EDO');`);
    this.addSql(`create type "poa_kind" as enum ('TAX', 'SOCIAL_FUND', 'STATISTICS', 'BANK', 'OTHER');`);
    this.addSql(`create type "representative_kind" as enum ('FIRM', 'EMPLOYEE');`);
    this.addSql(`create table "document_counter" ("firm_id" uuid not null, "kind" varchar(20) not null, "year" int not null, "last" int not null, constraint "document_counter_pkey" primary key ("firm_id", "kind", "year"));`);

    this.addSql(`create table "contract_settings" ("id" uuid not null, "firm_id" uuid not null, "contract_number_pattern" varchar(60) not null default '{YYYY}-{NNN}', "poa_number_pattern" varchar(60) not null default 'Д-{YYYY}-{NNN}', "poa_warning_days" int not null default 30, "city" varchar(100) null, "firm_details" jsonb not null default '{}', "vat_clause" varchar(300) not null default 'Без налога (НДС)', "version" int not null default 1, constraint "contract_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "contract_settings" add constraint "contract_settings_firm_id_unique" unique ("firm_id");`);

    this.addSql(`create table "contract_document" ("id" uuid not null, "firm_id" uuid not null, "owner_type" "document_owner" not null, "owner_id" uuid not null, "contract_id" uuid null, "status" "document_status" not null default 'PENDING', "title" varchar(200) not null, "docx" bytea null, "pdf" bytea null, "docx_size" int null, "pdf_size" int null, "error" text null, "requested_by_id" uuid null, "created_at" timestamptz not null default now(), "ready_at" timestamptz null, constraint "contract_document_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_document_owner_id_created_at_index" on "contract_document" ("owner_id", "created_at");`);

    this.addSql(`create table "contract" ("id" uuid not null, "firm_id" uuid not null, "number" varchar(60) not null, "date" date not null, "pricing_run_id" uuid not null, "price" bigint not null, "sent_on" date null, "firm_signed_on" date null, "firm_signer" varchar(200) null, "client_signed_on" date null, "client_signer" varchar(200) null, "channel" "signing_channel" null, "original_received_on" date null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "version" int not null default 1, "lead_id" uuid not null, "year" int not null, "sequence" int not null, "counterparty_number" varchar(60) null, "start_date" date not null, "service_areas" jsonb not null, "payment_terms" text null, "manager_id" uuid null, "client" jsonb not null, "terminated_on" date null, "termination_reason" text null, constraint "contract_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_lead_id_index" on "contract" ("lead_id");`);
    this.addSql(`create index "contract_firm_id_created_at_index" on "contract" ("firm_id", "created_at");`);
    this.addSql(`alter table "contract" add constraint "contract_firm_id_number_unique" unique ("firm_id", "number");`);

    this.addSql(`create table "power_of_attorney" ("id" uuid not null, "firm_id" uuid not null, "number" varchar(60) not null, "year" int not null, "sequence" int not null, "kind" "poa_kind" not null, "lead_id" uuid not null, "contract_id" uuid null, "representative_kind" "representative_kind" not null, "representative_id" uuid null, "powers" text not null, "issue_date" date not null, "valid_until" date not null, "issued_on" date null, "machine_readable" boolean not null default false, "registration_number" varchar(100) null, "revoked_on" date null, "revocation_reason" text null, "replaces_id" uuid null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "power_of_attorney_pkey" primary key ("id"));`);
    this.addSql(`create index "power_of_attorney_contract_id_index" on "power_of_attorney" ("contract_id");`);
    this.addSql(`create index "power_of_attorney_firm_id_valid_until_index" on "power_of_attorney" ("firm_id", "valid_until");`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_firm_id_number_unique" unique ("firm_id", "number");`);

    this.addSql(`create table "contract_amendment" ("id" uuid not null, "firm_id" uuid not null, "number" varchar(60) not null, "date" date not null, "pricing_run_id" uuid not null, "price" bigint not null, "sent_on" date null, "firm_signed_on" date null, "firm_signer" varchar(200) null, "client_signed_on" date null, "client_signer" varchar(200) null, "channel" "signing_channel" null, "original_received_on" date null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "version" int not null default 1, "contract_id" uuid not null, "ordinal" int not null, "effective_from" date not null, constraint "contract_amendment_pkey" primary key ("id"));`);
    this.addSql(`alter table "contract_amendment" add constraint "contract_amendment_contract_id_ordinal_unique" unique ("contract_id", "ordinal");`);

    this.addSql(`alter table "document_counter" add constraint "document_counter_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_settings" add constraint "contract_settings_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contract_document" add constraint "contract_document_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_document" add constraint "contract_document_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract" add constraint "contract_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_pricing_run_id_foreign" foreign key ("pricing_run_id") references "pricing_run" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contract" add constraint "contract_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contract" add constraint "contract_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contract" add constraint "contract_manager_id_foreign" foreign key ("manager_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_representative_id_foreign" foreign key ("representative_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_replaces_id_foreign" foreign key ("replaces_id") references "power_of_attorney" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "power_of_attorney" add constraint "power_of_attorney_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract_amendment" add constraint "contract_amendment_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_amendment" add constraint "contract_amendment_pricing_run_id_foreign" foreign key ("pricing_run_id") references "pricing_run" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contract_amendment" add constraint "contract_amendment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contract_amendment" add constraint "contract_amendment_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "power_of_attorney" drop constraint "power_of_attorney_contract_id_foreign";`);

    this.addSql(`alter table "contract_amendment" drop constraint "contract_amendment_contract_id_foreign";`);

    this.addSql(`alter table "power_of_attorney" drop constraint "power_of_attorney_replaces_id_foreign";`);

    this.addSql(`drop table if exists "document_counter" cascade;`);

    this.addSql(`drop table if exists "contract_settings" cascade;`);

    this.addSql(`drop table if exists "contract_document" cascade;`);

    this.addSql(`drop table if exists "contract" cascade;`);

    this.addSql(`drop table if exists "power_of_attorney" cascade;`);

    this.addSql(`drop table if exists "contract_amendment" cascade;`);


    this.addSql(`drop type "document_owner";`);
    this.addSql(`drop type "document_status";`);
    this.addSql(`drop type "signing_channel";`);
    this.addSql(`drop type "poa_kind";`);
    this.addSql(`drop type "representative_kind";`);
  }

}
