import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { appendEvents } from '../events/event-log.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { statementsOf } from '../../../test/statements.js';
import { graphql } from '../../../test/gql/index.js';
import type { EventType, AuditLogFilter, AuditReadableLogQuery } from '../../../test/gql/graphql.js';

// The audit log reads as sentences: subjects and references by name, money marked, filters.

const LOG = graphql(`query AuditReadableLog($first: Int!, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) {
  edges { node { id type actor { id name } subject { type id title projectId } fieldChanges { field from to kind fromLabel toLabel } } }
  pageInfo { hasNextPage endCursor } } }`);
const nodes = (data: AuditReadableLogQuery) => data.auditLog.edges.map((e) => e.node);

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app, 'ООО «Понятный журнал»');
});

const actor = () => ({ firmId: owner.firmId, userId: owner.userId, userName: 'Анна Соколова' });

describe('entries carry what a sentence needs', () => {
  it('names the subject (deleted ones by the title their event recorded) and references by the person’s name', async () => {
    const leadId = randomUUID();
    const taskId = randomUUID();
    const projectId = randomUUID();
    await app.orm.em.fork().transactional(async (em) => {
      await appendEvents(em, actor(), [
        { type: 'LEAD_UPDATED', subjectType: 'Lead', subjectId: leadId, data: { companyName: 'ООО «Ромашка»', owner: { from: null, to: owner.userId } } },
        {
          type: 'TASK_STATUS_CHANGED',
          subjectType: 'Task',
          subjectId: taskId,
          data: { projectId, taskId, title: 'Проверить кадровые документы', task: { id: taskId, projectId, version: 2 }, changes: { status: { from: 'TODO', to: 'REVIEW' } } },
        },
      ]);
    });
    const [task, lead] = nodes(await ok(app, LOG, { first: 2 }, owner.token));
    expect(task!.subject).toEqual({ type: 'Task', id: taskId, title: 'Проверить кадровые документы', projectId });
    expect(task!.fieldChanges).toEqual([{ field: 'STATUS', kind: 'VALUE', fromLabel: null, toLabel: null, from: 'TODO', to: 'REVIEW' }]);
    expect(lead!.subject).toMatchObject({ type: 'Lead', id: leadId, title: 'ООО «Ромашка»' });
    expect(lead!.fieldChanges).toEqual([{ field: 'OWNER', kind: 'REFERENCE', from: null, to: owner.userId, fromLabel: null, toLabel: 'Анна Соколова' }]);
  });

  it('names a living subject as it is now', async () => {
    const member = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const log = nodes(await ok(app, LOG, { first: 5, filter: { types: ['USER_INVITED'] } }, owner.token));
    expect(log[0]!.subject).toMatchObject({ type: 'User', id: member.userId, title: 'Сотрудник ACCOUNTANT' });
  });
});

describe('filters', () => {
  it('by kind, by person and by days of the firm’s calendar', async () => {
    const member = await addMember(app, owner.token, 'MANAGER', null);
    const byKind = nodes(await ok(app, LOG, { first: 100, filter: { types: ['INVITE_ACCEPTED'] } }, owner.token));
    // the ACCOUNTANT from the test above and this MANAGER accepted, newest first
    expect(byKind.map((n) => [n.type, n.actor?.id])).toEqual([['INVITE_ACCEPTED', member.userId], ['INVITE_ACCEPTED', expect.any(String)]]);

    const byMember = nodes(await ok(app, LOG, { first: 100, filter: { actorIds: [member.userId] } }, owner.token));
    expect(byMember.map((n) => n.type)).toEqual(['INVITE_ACCEPTED']);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
    const all = nodes(await ok(app, LOG, { first: 100 }, owner.token));
    const inToday = nodes(await ok(app, LOG, { first: 100, filter: { from: today, to: today } }, owner.token));
    expect(inToday.map((n) => n.id)).toEqual(all.map((n) => n.id));
    const before = nodes(await ok(app, LOG, { first: 100, filter: { to: '2020-01-01' } }, owner.token));
    expect(before).toEqual([]);
  });

  it('refuses a foreign id, an unknown kind and a reversed period at the edge', async () => {
    const bad = async (filter: AuditLogFilter) => errorCode(await gql(app, LOG, { first: 5, filter }, owner.token));
    expect(await bad({ actorIds: ['not-a-uuid'] })).toBe('BAD_USER_INPUT');
    // a kind the schema does not know, sent as the wire would carry it
    expect(await bad({ types: ['NOT_A_TYPE' as EventType] })).toBe('BAD_USER_INPUT');
    expect(await bad({ from: '2026-02-01', to: '2026-01-01' })).toBe('BAD_USER_INPUT');
  });
});

describe('a page is named in a constant number of statements', () => {
  it('10 entries and 100 entries take as many statements', async () => {
    const firm = await signUpFirm(app, 'ООО «Много событий»');
    const write = (n: number) =>
      app.orm.em.fork().transactional(async (em) => {
        const events = Array.from({ length: n }, (_, i) => {
          const taskId = randomUUID();
          const projectId = randomUUID();
          return { type: 'TASK_ASSIGNED' as const, subjectType: 'Task', subjectId: taskId, data: { projectId, taskId, title: `Задача ${i}`, task: { id: taskId, projectId, version: 1 }, changes: { assignee: { from: null, to: firm.userId } } } };
        });
        const leads = Array.from({ length: n }, () => ({ type: 'LEAD_CREATED' as const, subjectType: 'Lead', subjectId: randomUUID(), data: { companyName: 'ООО «Лид»', stage: 'NEW' } }));
        await appendEvents(em, { firmId: firm.firmId, userId: firm.userId, userName: 'x' }, [...events, ...leads]);
      });
    await write(5);
    const few = await statementsOf(app, LOG, { first: 10 }, firm.token);
    await write(50);
    const many = await statementsOf(app, LOG, { first: 100 }, firm.token);
    expect(nodes(few.data)).toHaveLength(10);
    expect(nodes(many.data)).toHaveLength(100);
    expect(nodes(many.data).filter((n) => n.type === 'TASK_ASSIGNED').every((n) => n.fieldChanges[0]!.toLabel === 'Анна Соколова')).toBe(true);
    expect(many.statements.length).toBe(few.statements.length);
  });
});
