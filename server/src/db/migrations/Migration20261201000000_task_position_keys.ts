import { Migration } from '@mikro-orm/migrations';
import { generateNKeysBetween } from 'fractional-indexing';

/**
 * Task positions become fractional index keys: a double halves its gap on every move between the
 * same neighbours and runs out after about 50, a key just grows. Keys compare by code unit, so
 * the column sorts with collation "C". Each column's order is kept (ties by id).
 */
export class Migration20261201000000_task_position_keys extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "task" add column "position_key" text collate "C" null`);
    const rows = (await this.execute(`select "id", "project_id", "status" from "task" order by "project_id", "status", "position", "id"`)) as {
      id: string;
      project_id: string;
      status: string;
    }[];
    const placed: { id: string; key: string }[] = [];
    for (let start = 0; start < rows.length; ) {
      let end = start;
      while (end < rows.length && rows[end]!.project_id === rows[start]!.project_id && rows[end]!.status === rows[start]!.status) end++;
      const column = generateNKeysBetween(null, null, end - start);
      for (let i = start; i < end; i++) placed.push({ id: rows[i]!.id, key: column[i - start]! });
      start = end;
    }
    // one statement for all rows, the keys as one JSON parameter
    await this.execute(
      `update "task" set "position_key" = v."key" from jsonb_to_recordset(?::jsonb) as v("id" uuid, "key" text) where "task"."id" = v."id"`,
      [JSON.stringify(placed)],
    );
    await this.execute(`alter table "task" drop column "position"`);
    await this.execute(`alter table "task" rename column "position_key" to "position"`);
    await this.execute(`alter table "task" alter column "position" set not null`);
    await this.execute(`create index "task_project_id_status_position_index" on "task" ("project_id", "status", "position")`);
  }

  override async down(): Promise<void> {
    await this.execute(`alter table "task" add column "position_number" double precision null`);
    await this.execute(
      `update "task" set "position_number" = o.n * 1024 from (select "id", row_number() over (partition by "project_id", "status" order by "position", "id") as n from "task") as o where "task"."id" = o."id"`,
    );
    await this.execute(`alter table "task" drop column "position"`);
    await this.execute(`alter table "task" rename column "position_number" to "position"`);
    await this.execute(`alter table "task" alter column "position" set not null`);
    await this.execute(`create index "task_project_id_status_position_index" on "task" ("project_id", "status", "position")`);
  }
}
