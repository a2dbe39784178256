import { Migration } from '@mikro-orm/migrations';

/** A firm's day follows its own time zone; existing firms work on Moscow time, as before in practice. */
export class Migration20261201000100_firm_time_zone extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "firm" add column "time_zone" varchar(64) not null default 'Europe/Moscow';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "firm" drop column "time_zone";`);
  }

}
