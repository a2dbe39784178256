import { Migration } from '@mikro-orm/migrations';

/**
 * A firm's default project template is a flag, not a display name: one per firm (partial unique
 * index). Existing firms get it on their seeded onboarding template, named as it was seeded, or
 * else on their oldest template still in use.
 */
export class Migration20261202000000_default_template extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "project_template" add column "is_default" boolean not null default false;`);
    this.addSql(`update "project_template" t set "is_default" = true where t."id" = (
      select p."id" from "project_template" p where p."firm_id" = t."firm_id"
      order by p."archived" asc, (p."name" = 'Приём нового клиента') desc, p."created_at" asc limit 1);`);
    this.addSql(`create unique index "project_template_one_default" on "project_template" ("firm_id") where "is_default";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "project_template_one_default";`);
    this.addSql(`alter table "project_template" drop column "is_default";`);
  }

}
