// Writes a migration for the difference between the entities and the migrated database.
// Usage: DATABASE_URL=postgres://... pnpm migration:create  (an empty scratch database is best)
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../src/db/orm.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a scratch database');
const orm = await MikroORM.init(ormOptions(url));
await orm.getMigrator().up();
const result = await orm.getMigrator().createMigration();
console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
await orm.close();
