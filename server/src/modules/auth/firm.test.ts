import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { PERMISSIONS_CHANGED } from '../../live/connection-guard.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { secretHash } from './tokens.js';
import { graphql } from '../../../test/gql/index.js';

const SET_ZONE = graphql(`mutation FirmUpdateFirmSettings($timeZone: String) { updateFirmSettings(input: { timeZone: $timeZone }) { id timeZone } }`);
const FIRM = graphql(`query FirmMe { me { firm { id timeZone } } }`);
const AUDIT = graphql(`query FirmAuditLog { auditLog(first: 5) { edges { node { type subjectType subjectId changes } } } }`);
const MY_TASKS = graphql(`query FirmMyTasks { myTasks { overdue } }`);

// 15:30 UTC on 1 December: 18:30 in Moscow, already 01:30 on the 2nd in Vladivostok
const clock = new TestClock('2026-12-01T15:30:00Z');
let app: App;
let other: App;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  other = await startTestApp(app.databaseUrl, { clock });
});

async function firmWithTaskDueOnThe1st(): Promise<SignedUpFirm> {
  const firm = await signUpFirm(app);
  const project = (await ok(app, graphql(`mutation FirmCreateProject { createProject(input: { name: "Приём" }) { id } }`), {}, firm.token)).createProject;
  await ok(app, graphql(`mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }`), { input: { projectId: project.id, title: 'Сверка', dueDate: '2026-12-01', assigneeId: firm.userId } }, firm.token);
  return firm;
}

/** Uses the token on `on` until that instance answers it from its cache (the session is ended in the table meanwhile). */
async function cachedOn(on: App, token: string): Promise<void> {
  const revoke = (revoked: boolean) =>
    app.orm.em.getConnection().execute(`update session set revoked_at = ${revoked ? 'now()' : 'null'} where token_hash = ?`, [secretHash(token)]);
  await waitUntil(async () => {
    await ok(on, FIRM, {}, token);
    await revoke(true);
    const served = !(await gql(on, MY_TASKS, {}, token)).errors;
    await revoke(false);
    return served;
  }, 'the sign-in to be cached');
}

describe("the firm's time zone", () => {
  it('is Moscow for a new firm; the owner changes it, and the change is in the audit log once', async () => {
    const owner = await signUpFirm(app);
    expect((await ok(app, FIRM, {}, owner.token)).me.firm).toEqual({ id: owner.firmId, timeZone: 'Europe/Moscow' });

    expect((await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token)).updateFirmSettings).toEqual({ id: owner.firmId, timeZone: 'Asia/Vladivostok' });
    expect((await ok(app, FIRM, {}, owner.token)).me.firm.timeZone).toBe('Asia/Vladivostok');
    // the same zone again, and no zone at all, change nothing and record nothing
    await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token);
    await ok(app, SET_ZONE, { timeZone: null }, owner.token);
    const entries = (await ok(app, AUDIT, {}, owner.token)).auditLog.edges.map((e) => e.node);
    expect(entries.filter((e) => e.type === 'FIRM_SETTINGS_CHANGED')).toEqual([
      { type: 'FIRM_SETTINGS_CHANGED', subjectType: 'Firm', subjectId: owner.firmId, changes: { timeZone: { from: 'Europe/Moscow', to: 'Asia/Vladivostok' } } },
    ]);
  });

  it('is stored under the name the server lists, also when given an alias', async () => {
    const owner = await signUpFirm(app);
    const listed = Intl.supportedValuesOf('timeZone').find((z) => z === 'Europe/Kyiv' || z === 'Europe/Kiev');
    expect((await ok(app, SET_ZONE, { timeZone: 'Europe/Kyiv' }, owner.token)).updateFirmSettings.timeZone).toBe(listed);
  });

  it('only the owner may change it', async () => {
    const owner = await signUpFirm(app);
    const manager = await addMember(app, owner.token, 'MANAGER');
    expect(errorCode(await gql(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, manager.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }))).toBe('UNAUTHENTICATED');
    expect((await ok(app, FIRM, {}, owner.token)).me.firm.timeZone).toBe('Europe/Moscow');
  });

  it('must be an IANA time zone', async () => {
    const owner = await signUpFirm(app);
    for (const timeZone of ['Moscow', 'Mars/Olympus_Mons', '+03:00', 'MSK']) {
      const refused = await gql(app, SET_ZONE, { timeZone }, owner.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'timeZone', code: 'UNKNOWN_TIME_ZONE' })]);
    }
    expect(errorCode(await gql(app, SET_ZONE, { timeZone: `Europe/${'x'.repeat(64)}` }, owner.token))).toBe('BAD_USER_INPUT');
    expect((await ok(app, FIRM, {}, owner.token)).me.firm.timeZone).toBe('Europe/Moscow');
  });
});

describe('a changed time zone reaches every sign-in of the firm', () => {
  it('a sign-in cached on another instance takes the new zone', async () => {
    const owner = await firmWithTaskDueOnThe1st();
    await cachedOn(other, owner.token);
    // 18:30 in Moscow: the task due on the 1st is on time
    expect((await ok(other, MY_TASKS, {}, owner.token)).myTasks).toEqual([{ overdue: false }]);
    await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token);
    await waitUntil(async () => (await ok(other, MY_TASKS, {}, owner.token)).myTasks[0].overdue === true, 'the other instance to use the Vladivostok day');
  });

  it('an open live board reconnects to take the new zone', async () => {
    const owner = await firmWithTaskDueOnThe1st();
    const before = (await ok(app, graphql(`query FirmLatestAuditEntry { auditLog(first: 1) { edges { node { id } } } }`), {}, owner.token)).auditLog.edges[0].node.id;
    const project = (await ok(app, graphql(`mutation FirmCreateAnotherProject { createProject(input: { name: "Ещё один" }) { id } }`), {}, owner.token)).createProject;
    await ok(app, graphql(`mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }`), { input: { projectId: project.id, title: 'Пульс' } }, owner.token);
    // the replayed task event proves the board is connected before the zone changes
    const board = new Subscriber(app, owner.token, graphql(`subscription FirmTaskEvents($after: ID) { taskEvents(after: $after) { id } }`), { after: before });
    await board.waitFor(1);
    await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token);
    expect(await board.closed()).toBe(PERMISSIONS_CHANGED);
  });
});

const SET_REQUISITES = graphql(`mutation FirmUpdateRequisites($input: FirmSettingsInput!) {
  updateFirmSettings(input: $input) { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl }
}`);
const REQUISITES = graphql(`query FirmRequisites { me { firm { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl } } }`);
const SETTINGS_EVENTS = graphql(`query FirmSettingsEvents { auditLog(first: 10, filter: { types: [FIRM_SETTINGS_CHANGED] }) { edges { node { changes } } } }`);
// the smallest valid PNG: 1×1, one transparent pixel
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe("the firm's requisites for its quotes", () => {
  it('the owner fills them in; everyone in the firm reads them; the change is one audit entry', async () => {
    const owner = await signUpFirm(app);
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const input = {
      name: 'ООО «Баланс Плюс»', inn: '7707083893', kpp: '770701001', address: 'г. Москва, ул. Тверская, д. 1',
      phone: '8 495 123-45-67', email: 'Office@Balans.ru', website: 'balans.ru', taxRegime: 'USN_INCOME' as const, vatRate: 0, quoteValidDays: 14,
      logo: `data:image/png;base64,${PNG}`,
    };
    const saved = (await ok(app, SET_REQUISITES, { input }, owner.token)).updateFirmSettings;
    const expected = {
      id: owner.firmId, name: 'ООО «Баланс Плюс»', inn: '7707083893', kpp: '770701001', address: 'г. Москва, ул. Тверская, д. 1',
      phone: '+74951234567', email: 'office@balans.ru', website: 'balans.ru', taxRegime: 'USN_INCOME', vatRate: null, quoteValidDays: 14,
      logoUrl: `data:image/png;base64,${PNG}`,
    };
    expect(saved).toEqual(expected);
    expect((await ok(app, REQUISITES, {}, accountant.token)).me.firm).toEqual(expected);

    const entries = (await ok(app, SETTINGS_EVENTS, {}, owner.token)).auditLog.edges.map((e) => e.node.changes);
    expect(entries).toEqual([{
      name: { from: 'ООО «Баланс»', to: 'ООО «Баланс Плюс»' }, inn: { from: null, to: '7707083893' }, kpp: { from: null, to: '770701001' },
      address: { from: null, to: 'г. Москва, ул. Тверская, д. 1' }, phone: { from: null, to: '+74951234567' }, email: { from: null, to: 'office@balans.ru' },
      website: { from: null, to: 'balans.ru' }, taxRegime: { from: null, to: 'USN_INCOME' }, quoteValidDays: { from: 30, to: 14 },
      logo: { from: null, to: Buffer.from(PNG, 'base64').length },
    }]);

    // the same values again record nothing; '' clears a text and removes the logo; a VAT rate is kept
    await ok(app, SET_REQUISITES, { input }, owner.token);
    const cleared = (await ok(app, SET_REQUISITES, { input: { website: '', logo: '', taxRegime: 'OSNO', vatRate: 22 } }, owner.token)).updateFirmSettings;
    expect(cleared).toMatchObject({ website: null, logoUrl: null, taxRegime: 'OSNO', vatRate: 22, inn: '7707083893' });
    const after = (await ok(app, SETTINGS_EVENTS, {}, owner.token)).auditLog.edges.map((e) => e.node.changes);
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual({ website: { from: 'balans.ru', to: null }, logo: { from: Buffer.from(PNG, 'base64').length, to: null }, taxRegime: { from: 'USN_INCOME', to: 'OSNO' }, vatRate: { from: null, to: 22 } });
  });

  it('are checked, every problem named with its field, and nothing is saved', async () => {
    const owner = await signUpFirm(app);
    const refused = await gql(app, SET_REQUISITES, { input: { inn: '7707083894', phone: '+7 495 CALL-NOW', email: 'office', website: 'balans ru' } }, owner.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'inn', code: 'INN_CHECKSUM' }),
      expect.objectContaining({ field: 'phone', code: 'PHONE_INVALID' }),
      expect.objectContaining({ field: 'email', code: 'EMAIL_INVALID' }),
      expect.objectContaining({ field: 'website', code: 'WEBSITE_INVALID' }),
    ]);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ inn: '500100732259', kpp: '770701001' }, 'kpp', 'KPP_FOR_INDIVIDUAL'],
      [{ vatRate: 31 }, 'vatRate', 'max'],
      [{ quoteValidDays: 0 }, 'quoteValidDays', 'min'],
      [{ name: '   ' }, 'name', 'REQUIRED'],
      [{ address: 'д'.repeat(501) }, 'address', 'maxLength'],
      [{ logo: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64') }, 'logo', 'LOGO_TYPE'],
      // 10 bytes over 200 KB passes the input's length limit and is refused by its decoded size
      [{ logo: Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(200 * 1024 + 10 - Buffer.from(PNG, 'base64').length)]).toString('base64') }, 'logo', 'LOGO_TOO_LARGE'],
      [{ logo: 'A'.repeat(300_000) }, 'logo', 'maxLength'],
    ];
    for (const [input, field, code] of cases) {
      const result = await gql(app, SET_REQUISITES, { input }, owner.token);
      expect(errorCode(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields, field).toEqual([expect.objectContaining({ field, code })]);
    }
    expect((await ok(app, REQUISITES, {}, owner.token)).me.firm).toMatchObject({ name: 'ООО «Баланс»', inn: null, kpp: null, logoUrl: null, quoteValidDays: 30 });
  });

  it('only the owner changes them, and only its own firm', async () => {
    const owner = await signUpFirm(app);
    const otherFirm = await signUpFirm(app, 'ООО «Другая»');
    for (const role of ['MANAGER', 'COORDINATOR'] as const) {
      const member = await addMember(app, owner.token, role);
      expect(errorCode(await gql(app, SET_REQUISITES, { input: { inn: '7707083893' } }, member.token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await gql(app, SET_REQUISITES, { input: { inn: '7707083893' } }))).toBe('UNAUTHENTICATED');
    await ok(app, SET_REQUISITES, { input: { inn: '7707083893', logo: PNG } }, otherFirm.token);
    expect((await ok(app, REQUISITES, {}, owner.token)).me.firm).toMatchObject({ inn: null, logoUrl: null });
    expect((await ok(app, REQUISITES, {}, otherFirm.token)).me.firm).toMatchObject({ inn: '7707083893', logoUrl: `data:image/png;base64,${PNG}` });
  });
});
