import { Migration } from '@mikro-orm/migrations';

/** The signed XML file of a machine-readable power of attorney (МЧД), the latest upload per power of attorney, with what was read from it. */
export class Migration20261202162100_poa_xml_files extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "poa_xml_file" ("id" uuid not null, "firm_id" uuid not null, "poa_id" uuid not null, "file_name" varchar(255) not null, "content" bytea not null, "size" int not null, "format" varchar(40) null, "number" varchar(100) null, "issue_date" date null, "valid_until" date null, "uploaded_by_id" uuid null, "uploaded_at" timestamptz not null default now(), constraint "poa_xml_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "poa_xml_file" add constraint "poa_xml_file_poa_id_unique" unique ("poa_id");`);
    this.addSql(`alter table "poa_xml_file" add constraint "poa_xml_file_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "poa_xml_file" add constraint "poa_xml_file_poa_id_foreign" foreign key ("poa_id") references "power_of_attorney" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "poa_xml_file" add constraint "poa_xml_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "poa_xml_file" cascade;`);
  }
}
