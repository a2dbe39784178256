import { Migration } from '@mikro-orm/migrations';

export class Migration20261130002906_projects extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "project_status" as enum ('ACTIVE', 'ON_HOLD', 'DONE', 'ARCHIVED');`);
    this.addSql(`create type "task_status" as enum ('TODO', 'IN_PROGRESS', 'WAITING_CLIENT', 'REVIEW', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "task_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(`create table "project_template" ("id" uuid not null, "firm_id" uuid not null, "name" varchar(200) not null, "description" text null, "tasks" jsonb not null, "archived" boolean not null default false, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "project_template_pkey" primary key ("id"));`);

    this.addSql(`create table "project" ("id" uuid not null, "firm_id" uuid not null, "name" varchar(200) not null, "lead_id" uuid null, "coordinator_id" uuid null, "status" "project_status" not null default 'ACTIVE', "start_date" date not null, "due_date" date null, "specifics" text null, "contacts" jsonb not null default '[]', "infobase" jsonb not null default '{"handedOver":false}', "checklist" jsonb not null default '[]', "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "project_pkey" primary key ("id"));`);
    this.addSql(`create index "project_firm_id_status_index" on "project" ("firm_id", "status");`);

    this.addSql(`create table "task" ("id" uuid not null, "firm_id" uuid not null, "project_id" uuid not null, "title" varchar(300) not null, "description" text null, "department" "department" null, "assignee_id" uuid null, "status" "task_status" not null default 'TODO', "priority" "task_priority" not null default 'NORMAL', "due_date" date null, "position" double precision not null, "checklist" jsonb not null default '[]', "depends_on" jsonb not null default '[]', "created_by_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, "version" int not null default 1, constraint "task_pkey" primary key ("id"));`);
    this.addSql(`create index "task_firm_id_assignee_id_status_index" on "task" ("firm_id", "assignee_id", "status");`);
    this.addSql(`create index "task_project_id_status_position_index" on "task" ("project_id", "status", "position");`);

    this.addSql(`create table "task_comment" ("id" uuid not null, "firm_id" uuid not null, "task_id" uuid not null, "author_id" uuid null, "body" text not null, "mentions" jsonb not null default '[]', "created_at" timestamptz not null default now(), constraint "task_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "task_comment_task_id_created_at_index" on "task_comment" ("task_id", "created_at");`);

    this.addSql(`create table "project_member" ("id" uuid not null, "firm_id" uuid not null, "project_id" uuid not null, "user_id" uuid not null, constraint "project_member_pkey" primary key ("id"));`);
    this.addSql(`create index "project_member_user_id_index" on "project_member" ("user_id");`);
    this.addSql(`alter table "project_member" add constraint "project_member_project_id_user_id_unique" unique ("project_id", "user_id");`);

    this.addSql(`alter table "project_template" add constraint "project_template_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "project" add constraint "project_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project" add constraint "project_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "project" add constraint "project_coordinator_id_foreign" foreign key ("coordinator_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "task" add constraint "task_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "task_comment" add constraint "task_comment_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task_comment" add constraint "task_comment_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task_comment" add constraint "task_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project_member" add constraint "project_member_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_member" add constraint "project_member_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_member" add constraint "project_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "task" drop constraint "task_project_id_foreign";`);

    this.addSql(`alter table "project_member" drop constraint "project_member_project_id_foreign";`);

    this.addSql(`alter table "task_comment" drop constraint "task_comment_task_id_foreign";`);

    this.addSql(`drop table if exists "project_template" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "task_comment" cascade;`);

    this.addSql(`drop table if exists "project_member" cascade;`);

    this.addSql(`drop type "project_status";`);
    this.addSql(`drop type "task_status";`);
    this.addSql(`drop type "task_priority";`);
  }

}
