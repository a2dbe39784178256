import { Migration } from '@mikro-orm/migrations';

/**
 * Contracts with a client (not only a lead), the price given directly where there is no pricing
 * run, the firm's own side of documents on the firm (moved from the contract settings), scanned
 * signed copies beside the generated documents, and the firm's uploaded DOCX templates.
 */
export class Migration20261202161000_contract_parties_templates_scans extends Migration {

  override async up(): Promise<void> {
    // a contract belongs to a lead or a client; a client accepted directly has no pricing run
    this.addSql(`alter table "contract" add column "client_id" uuid null;`);
    this.addSql(`alter table "contract" add constraint "contract_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "contract_client_id_index" on "contract" ("client_id");`);
    this.addSql(`alter table "contract" alter column "lead_id" drop not null;`);
    this.addSql(`alter table "contract" add constraint "contract_lead_or_client" check ("lead_id" is not null or "client_id" is not null);`);
    this.addSql(`alter table "contract" alter column "pricing_run_id" drop not null;`);
    this.addSql(`alter table "contract_amendment" alter column "pricing_run_id" drop not null;`);
    // contracts of leads that are clients already name the client too
    this.addSql(`update "contract" c set "client_id" = cl."id" from "client" cl where cl."lead_id" = c."lead_id" and cl."firm_id" = c."firm_id" and c."client_id" is null;`);

    // the firm's side of documents: the rest of its requisites, on the firm
    this.addSql(`alter table "firm" add column "full_name" varchar(500) null, add column "ogrn" varchar(15) null, add column "bank_account" varchar(20) null, add column "bank_name" varchar(300) null, add column "bik" varchar(9) null, add column "correspondent_account" varchar(20) null, add column "signer_position" varchar(200) null, add column "signer_name" varchar(200) null, add column "signer_in_preamble" varchar(400) null, add column "signer_authority" varchar(300) null;`);
    // what the owner typed into the contract settings fills what the firm's requisites lack
    this.addSql(`update "firm" f set
      "full_name" = coalesce(f."full_name", nullif(s."firm_details"->>'fullName', '')),
      "inn" = coalesce(f."inn", case when s."firm_details"->>'inn' ~ '^(\\d{10}|\\d{12})$' then s."firm_details"->>'inn' end),
      "kpp" = coalesce(f."kpp", case when s."firm_details"->>'kpp' ~ '^\\d{4}[\\dA-Z]{2}\\d{3}$' then s."firm_details"->>'kpp' end),
      "address" = coalesce(f."address", nullif(s."firm_details"->>'address', '')),
      "ogrn" = coalesce(f."ogrn", case when s."firm_details"->>'ogrn' ~ '^(\\d{13}|\\d{15})$' then s."firm_details"->>'ogrn' end),
      "bank_account" = coalesce(f."bank_account", case when s."firm_details"->>'bankAccount' ~ '^\\d{20}$' then s."firm_details"->>'bankAccount' end),
      "bank_name" = coalesce(f."bank_name", nullif(s."firm_details"->>'bankName', '')),
      "bik" = coalesce(f."bik", case when s."firm_details"->>'bik' ~ '^\\d{9}$' then s."firm_details"->>'bik' end),
      "correspondent_account" = coalesce(f."correspondent_account", case when s."firm_details"->>'correspondentAccount' ~ '^\\d{20}$' then s."firm_details"->>'correspondentAccount' end),
      "signer_position" = coalesce(f."signer_position", nullif(s."firm_details"->>'signerPosition', '')),
      "signer_name" = coalesce(f."signer_name", nullif(s."firm_details"->>'signerName', '')),
      "signer_in_preamble" = coalesce(f."signer_in_preamble", nullif(s."firm_details"->>'signerInPreamble', '')),
      "signer_authority" = coalesce(f."signer_authority", case s."firm_details"->>'authorityBasis'
        when 'POWER_OF_ATTORNEY' then left(trim('доверенности ' || coalesce(s."firm_details"->>'authorityDocument', '')), 300)
        when 'CHARTER' then 'Устава' end)
      from "contract_settings" s where s."firm_id" = f."id";`);
    this.addSql(`alter table "contract_settings" drop column "firm_details";`);

    // scanned signed copies live beside the generated documents
    this.addSql(`create type "document_source" as enum ('GENERATED', 'SCAN');`);
    this.addSql(`alter table "contract_document" add column "source" "document_source" not null default 'GENERATED', add column "scan" bytea null, add column "scan_type" varchar(20) null, add column "scan_size" int null;`);

    this.addSql(`create type "template_kind" as enum ('CONTRACT', 'AMENDMENT', 'POA_TAX', 'POA_SOCIAL_FUND', 'POA_STATISTICS', 'POA_BANK', 'POA_OTHER');`);
    this.addSql(`create table "document_template" ("id" uuid not null, "firm_id" uuid not null, "kind" "template_kind" not null, "file_name" varchar(200) not null, "docx" bytea not null, "size" int not null, "placeholders" jsonb not null default '[]', "unknown_placeholders" jsonb not null default '[]', "active" boolean not null default false, "uploaded_by_id" uuid null, "uploaded_at" timestamptz not null default now(), constraint "document_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "document_template" add constraint "document_template_firm_id_kind_unique" unique ("firm_id", "kind");`);
    this.addSql(`alter table "document_template" add constraint "document_template_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_template" add constraint "document_template_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "document_template" cascade;`);
    this.addSql(`drop type "template_kind";`);
    this.addSql(`alter table "contract_document" drop column "source", drop column "scan", drop column "scan_type", drop column "scan_size";`);
    this.addSql(`drop type "document_source";`);
    this.addSql(`alter table "contract_settings" add column "firm_details" jsonb not null default '{}';`);
    this.addSql(`update "contract_settings" s set "firm_details" = jsonb_strip_nulls(jsonb_build_object('fullName', f."full_name", 'inn', f."inn", 'kpp', f."kpp", 'ogrn', f."ogrn", 'address', f."address", 'bankAccount', f."bank_account", 'bankName', f."bank_name", 'bik', f."bik", 'correspondentAccount', f."correspondent_account", 'signerPosition', f."signer_position", 'signerName', f."signer_name", 'signerInPreamble', f."signer_in_preamble")) from "firm" f where f."id" = s."firm_id";`);
    this.addSql(`alter table "firm" drop column "full_name", drop column "ogrn", drop column "bank_account", drop column "bank_name", drop column "bik", drop column "correspondent_account", drop column "signer_position", drop column "signer_name", drop column "signer_in_preamble", drop column "signer_authority";`);
    this.addSql(`delete from "contract_amendment" where "pricing_run_id" is null;`);
    this.addSql(`alter table "contract_amendment" alter column "pricing_run_id" set not null;`);
    this.addSql(`delete from "contract" where "lead_id" is null or "pricing_run_id" is null;`);
    this.addSql(`alter table "contract" alter column "pricing_run_id" set not null;`);
    this.addSql(`alter table "contract" drop constraint "contract_lead_or_client";`);
    this.addSql(`alter table "contract" alter column "lead_id" set not null;`);
    this.addSql(`alter table "contract" drop column "client_id";`);
  }

}
