import { beforeAll, describe, expect, it } from 'vitest';
import { signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import type { App } from '../../app.js';
import { declaredChangedFields, declaredEventTypes } from './catalogue.js';
import { appendEvents, lastEventSeq, recordedStatement, type NewEvent } from './event-log.js';

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

const actor = () => ({ firmId: owner.firmId, userId: owner.userId, userName: 'test' });

/** Appends in a transaction of its own; resolves with the error it was refused with, if any. */
async function refusal(event: unknown): Promise<string> {
  try {
    await app.orm.em.fork().transactional((em) => appendEvents(em, actor(), [event as NewEvent]));
  } catch (error) {
    return (error as Error).message;
  }
  return 'written';
}

describe('the event catalogue', () => {
  it('declares each area’s events once, with the fields they record as changes', () => {
    expect(declaredEventTypes()).toEqual(expect.arrayContaining(['LEAD_CREATED', 'TASK_MOVED', 'USER_ROLE_CHANGED', 'PRICING_RUN_CREATED', 'TARIFF_PUBLISHED']));
    expect(declaredChangedFields()).toEqual(expect.arrayContaining(['status', 'position', 'role', 'companyName']));
  });

  it('refuses to write an event of an undeclared type, and nothing is written', async () => {
    const before = await lastEventSeq(app.orm.em.fork(), owner.firmId);
    expect(await refusal({ type: 'LEAD_EXPLODED', subjectType: 'Lead', data: {} })).toMatch(/LEAD_EXPLODED is not declared in any area's event catalogue/);
    expect(await lastEventSeq(app.orm.em.fork(), owner.firmId)).toBe(before);
  });

  it('refuses a payload that fails its schema, a wrong topic and a wrong subject', async () => {
    const before = await lastEventSeq(app.orm.em.fork(), owner.firmId);
    expect(await refusal({ type: 'LEAD_CREATED', subjectType: 'Lead', data: { companyName: 42, stage: 'NEW' } })).toMatch(/LEAD_CREATED has a payload that fails its schema[\s\S]*companyName/);
    expect(await refusal({ type: 'LEAD_UPDATED', subjectType: 'Lead', data: { companyName: 'ООО', password: { from: 1, to: 2 } } })).toMatch(/password/);
    expect(await refusal({ type: 'LEAD_CREATED', topic: 'tasks', subjectType: 'Lead', data: { companyName: 'ООО', stage: 'NEW' } })).toMatch(/belongs to topic leads/);
    expect(await refusal({ type: 'LEAD_CREATED', subjectType: 'Task', data: { companyName: 'ООО', stage: 'NEW' } })).toMatch(/is about Lead/);
    expect(await lastEventSeq(app.orm.em.fork(), owner.firmId)).toBe(before);
  });

  it('refuses in a one-statement change too, before the change is made', async () => {
    const before = await lastEventSeq(app.orm.em.fork(), owner.firmId);
    const touch = recordedStatement(
      app.orm.em.fork(),
      actor(),
      { sql: `update app_user set name = 'Изменено' where id = ? returning id`, params: [owner.userId] },
      { type: 'USER_INVITED', subjectType: 'User', data: { email: 'x@example.com' } } as unknown as NewEvent,
    );
    await expect(touch).rejects.toThrow(/USER_INVITED has a payload that fails its schema/);
    const [user] = await app.orm.em.getConnection().execute<{ name: string }[]>('select name from app_user where id = ?', [owner.userId]);
    expect(user!.name).toBe('Анна Соколова');
    expect(await lastEventSeq(app.orm.em.fork(), owner.firmId)).toBe(before);
  });

  it('writes a declared event with a fitting payload under its own topic', async () => {
    const before = await lastEventSeq(app.orm.em.fork(), owner.firmId);
    expect(await refusal({ type: 'LEAD_CREATED', subjectType: 'Lead', data: { companyName: 'ООО «Ромашка»', stage: 'NEW' } })).toBe('written');
    const [row] = await app.orm.em.getConnection().execute<{ topic: string; seq: string }[]>('select topic, seq from firm_event where firm_id = ? order by seq desc limit 1', [owner.firmId]);
    expect(row).toEqual({ topic: 'leads', seq: String(before + 1) });
  });
});
