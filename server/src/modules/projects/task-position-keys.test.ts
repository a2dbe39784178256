import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/harness.js';
import { ormOptions } from '../../db/orm.js';

it('the migration to key positions keeps each column’s order, including where text order would differ', async () => {
  const orm = await MikroORM.init(ormOptions(await createTestDatabase()));
  afterAll(() => orm.close());
  await orm.getMigrator().up({ to: 'Migration20261130002906_projects' });
  const sql = (query: string, params: unknown[] = []) => orm.em.getConnection().execute(query, params);
  const firm = randomUUID();
  const project = randomUUID();
  await sql(`insert into firm (id, name) values (?, 'Фирма')`, [firm]);
  await sql(`insert into project (id, firm_id, name, start_date) values (?, ?, 'Проект', '2026-12-01')`, [project, firm]);
  // as numbers 1024 < 10240, but as text "10240" < "512": a plain cast would break the order
  const todo = [512, 1024, 1536.5, 10240, 0.001].map((position) => ({ id: randomUUID(), status: 'TODO', position }));
  const done = [3, 2, 1].map((position) => ({ id: randomUUID(), status: 'DONE', position }));
  for (const t of [...todo, ...done]) {
    await sql(`insert into task (id, firm_id, project_id, title, status, position) values (?, ?, ?, 'Задача', ?, ?)`, [t.id, firm, project, t.status, t.position]);
  }
  await orm.getMigrator().up();
  const [column] = await sql(`select data_type, collation_name from information_schema.columns where table_name = 'task' and column_name = 'position'`);
  expect(column).toEqual({ data_type: 'text', collation_name: 'C' });
  const read = async (status: string) =>
    ((await sql(`select id, position from task where status = ? order by position`, [status])) as { id: string; position: string }[]);
  const byNumber = (list: { id: string; position: number }[]) => [...list].sort((a, b) => a.position - b.position).map((t) => t.id);
  const todoAfter = await read('TODO');
  expect(todoAfter.map((t) => t.id)).toEqual(byNumber(todo));
  expect((await read('DONE')).map((t) => t.id)).toEqual(byNumber(done));
  // the same order by code unit, as the board sorts them
  const keys = todoAfter.map((t) => t.position);
  expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
});
