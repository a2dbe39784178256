import { Migration } from '@mikro-orm/migrations';

/** Clients, their accountants per service area (history kept) and their compliance obligations. */
export class Migration20261202130000_clients extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "client_status" as enum ('ONBOARDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED');`);
    this.addSql(`create type "obligation_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_REQUIRED');`);

    this.addSql(`create table "client" ("id" uuid not null, "firm_id" uuid not null, "lead_id" uuid null, "legal_form" "legal_form" not null, "full_name" varchar(500) not null, "short_name" varchar(300) not null, "inn" varchar(12) null, "kpp" varchar(9) null, "ogrn" varchar(15) null, "region_code" varchar(2) null, "okved_code" varchar(8) null, "tax_regime" "tax_regime" not null, "vat_payer" boolean not null default false, "has_employees" boolean not null default false, "headcount" int null, "profit_advances" varchar(20) null, "has_property" boolean not null default false, "has_transport" boolean not null default false, "has_land" boolean not null default false, "patents" jsonb not null default '[]', "service_areas" jsonb not null default '["TAXES","PAYROLL","PRIMARY_DOCUMENTS"]', "service_start_date" date null, "status" "client_status" not null default 'ONBOARDING', "status_since" date null, "contacts" jsonb not null default '[]', "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "client_pkey" primary key ("id"));`);
    this.addSql(`create index "client_firm_id_status_index" on "client" ("firm_id", "status");`);
    this.addSql(`create index "client_firm_id_short_name_index" on "client" ("firm_id", "short_name");`);
    this.addSql(`alter table "client" add constraint "client_firm_id_lead_id_unique" unique ("firm_id", "lead_id");`);
    this.addSql(`alter table "client" add constraint "client_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client" add constraint "client_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "client_assignment" ("id" uuid not null, "firm_id" uuid not null, "client_id" uuid not null, "area" varchar(20) not null, "accountant_id" uuid not null, "from_date" date not null, "to_date" date null, "assigned_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "client_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "client_assignment_client_id_area_from_date_index" on "client_assignment" ("client_id", "area", "from_date");`);
    this.addSql(`create index "client_assignment_firm_id_accountant_id_index" on "client_assignment" ("firm_id", "accountant_id");`);
    this.addSql(`alter table "client_assignment" add constraint "client_assignment_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client_assignment" add constraint "client_assignment_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client_assignment" add constraint "client_assignment_accountant_id_foreign" foreign key ("accountant_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client_assignment" add constraint "client_assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "obligation" ("id" uuid not null, "firm_id" uuid not null, "client_id" uuid not null, "key" varchar(80) not null, "code" varchar(40) not null, "kind" varchar(20) not null, "recipient" varchar(20) not null, "period" varchar(40) not null, "nominal_date" date not null, "due_date" date not null, "area" varchar(20) not null, "title" varchar(300) not null, "provisional" boolean not null default false, "owner_id" uuid null, "status" "obligation_status" not null default 'PLANNED', "done_date" date null, "note" varchar(1000) null, "not_required_reason" varchar(1000) null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "obligation_pkey" primary key ("id"));`);
    this.addSql(`create index "obligation_firm_id_owner_id_due_date_index" on "obligation" ("firm_id", "owner_id", "due_date");`);
    this.addSql(`create index "obligation_client_id_due_date_index" on "obligation" ("client_id", "due_date");`);
    this.addSql(`alter table "obligation" add constraint "obligation_client_id_key_unique" unique ("client_id", "key");`);
    this.addSql(`alter table "obligation" add constraint "obligation_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "obligation" add constraint "obligation_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "obligation" add constraint "obligation_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "obligation" cascade;`);
    this.addSql(`drop table if exists "client_assignment" cascade;`);
    this.addSql(`drop table if exists "client" cascade;`);
    this.addSql(`drop type "obligation_status";`);
    this.addSql(`drop type "client_status";`);
  }

}
