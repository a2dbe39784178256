import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { firmEntityManager } from '../graphql/tenant-em.js';
import { Lead } from '../modules/leads/lead.entity.js';
import { Project } from '../modules/projects/project.entity.js';
import { Task, TaskComment } from '../modules/projects/task.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { buildListWorld, type ListWorld } from '../../test/list-world.js';
import { signUpFirm, startTestApp, type SignedUpFirm } from '../../test/harness.js';
import { countRows, countRowsBy, readRows } from './rows.js';
// the list world marks its users' events with a test-only type
import '../../test/test-events.js';

let app: App;
let world: ListWorld;
let other: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildListWorld(app, 10);
  other = await signUpFirm(app, 'ООО «Другая фирма»');
}, 120_000);

afterAll(() => app?.close());

/** The same read through the query builder: a condition wrapped in `$and` is not a plain read. */
const throughQueryBuilder = (where: Record<string, unknown>) => ({ $and: [where] });

const plain = (rows: object[]) => JSON.parse(JSON.stringify(rows)) as unknown;

describe('readRows: plain reads written from the metadata', () => {
  const cases: { name: string; read: (firmId: string) => Promise<[object[], object[]]> }[] = [
    {
      name: 'equality on a relation, null, an order with nulls and a limit',
      read: async (firmId) => {
        const em = () => firmEntityManager(app.orm, firmId);
        const where = { owner: world.owner.userId, lostReason: null };
        const order = { orderBy: [{ createdAt: 'desc nulls last' }, { id: 'asc' }] as never, limit: 7 };
        return [await readRows(em(), Lead, where, order), await readRows(em(), Lead, throughQueryBuilder(where), order)];
      },
    },
    {
      name: '$in over ids, with the converted and referenced columns of tasks',
      read: async (firmId) => {
        const em = () => firmEntityManager(app.orm, firmId);
        const where = { project: { $in: world.projectIds }, deletedAt: null };
        const order = { orderBy: [{ status: 'asc' }, { position: 'asc' }, { id: 'asc' }] as never };
        return [await readRows(em(), Task, where, order), await readRows(em(), Task, throughQueryBuilder(where), order)];
      },
    },
    {
      name: '$nin and a boolean',
      read: async (firmId) => {
        const em = () => firmEntityManager(app.orm, firmId);
        const where = { id: { $nin: [world.accountant.userId] }, active: true };
        return [await readRows(em(), User, where, { orderBy: { id: 'asc' } as never }), await readRows(em(), User, throughQueryBuilder(where), { orderBy: { id: 'asc' } as never })];
      },
    },
  ];

  it.each(cases)('answers what the query builder answers: $name', async ({ read }) => {
    const [fast, built] = await read(world.owner.firmId);
    expect(fast.length).toBeGreaterThan(0);
    expect(plain(fast)).toEqual(plain(built));
    // instances of the entity's class, with references as bare ids, as before
    expect(Object.getPrototypeOf(fast[0])).toBe(Object.getPrototypeOf(built[0]));
  });

  it.each(cases)('reads only the caller firm: $name', async ({ read }) => {
    const [fast, built] = await read(other.firmId);
    expect(plain(fast)).toEqual(plain(built));
    for (const row of fast as { firm: { id: string } }[]) expect(row.firm.id).toBe(other.firmId);
  });

  it('refuses a read without a firm, as the ORM does', async () => {
    await expect(readRows(app.orm.em.fork(), Project, { id: { $in: world.projectIds } })).rejects.toThrow();
  });
});

describe('countRows', () => {
  const wheres: { name: string; entity: typeof Lead | typeof Task; where: () => Record<string, unknown> }[] = [
    { name: 'no condition', entity: Lead, where: () => ({}) },
    { name: 'an equality and null', entity: Lead, where: () => ({ owner: world.owner.userId, lostReason: null }) },
    { name: '$in', entity: Task, where: () => ({ project: { $in: world.projectIds }, deletedAt: null }) },
  ];

  it.each(wheres)('counts what the ORM counts, in the caller firm only: $name', async ({ entity, where }) => {
    for (const firmId of [world.owner.firmId, other.firmId]) {
      const em = () => firmEntityManager(app.orm, firmId);
      const counted = await countRows(em(), entity as typeof Lead, where() as never);
      expect(counted).toBe(await em().count(entity as typeof Lead, throughQueryBuilder(where()) as never));
      if (firmId === world.owner.firmId) expect(counted).toBeGreaterThan(0);
    }
  });

  it('refuses a count without a firm, as the ORM does', async () => {
    await expect(countRows(app.orm.em.fork(), Project, { id: { $in: world.projectIds } })).rejects.toThrow();
  });
});

describe('countRowsBy', () => {
  it('counts per key in the caller firm only, leaving out keys without rows', async () => {
    const em = firmEntityManager(app.orm, world.owner.firmId);
    const tasks = await readRows(em, Task, { project: { $in: world.projectIds }, deletedAt: null });
    const counts = await countRowsBy(em, TaskComment, 'task', tasks.map((task) => task.id));
    const comments = await readRows(em, TaskComment, { task: { $in: tasks.map((task) => task.id) } });
    const expected = new Map<string, number>();
    for (const comment of comments) expected.set(comment.task.id, (expected.get(comment.task.id) ?? 0) + 1);
    expect(counts).toEqual(expected);
    expect(await countRowsBy(firmEntityManager(app.orm, other.firmId), TaskComment, 'task', tasks.map((task) => task.id))).toEqual(new Map());
  });
});
