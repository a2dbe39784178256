import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, ok, signUpFirm, startTestApp, Subscriber, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import type { PricingInput } from '../../../test/gql/graphql.js';
import { POA_EXPIRY_JOB } from './poa-expiry.service.js';

const CREATE_LEAD = graphql(`mutation PoaExpiryCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_RUN = graphql(`mutation PoaExpiryCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }`);
const CREATE_CONTRACT = graphql(`mutation PoaExpiryCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version } }`);
const SEND = graphql(`mutation PoaExpirySend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { id version } }`);
const SIGN = graphql(`mutation PoaExpirySign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version } }`);
const CREATE_CLIENT = graphql(`mutation PoaExpiryCreateClient($input: ClientInput!) { createClient(input: $input) { id } }`);
const CREATE = graphql(`mutation PoaExpiryCreate($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number version } }`);
const ISSUE = graphql(`mutation PoaExpiryIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id version } }`);
const GET = graphql(`query PoaExpiryGet($id: ID!) { powerOfAttorney(id: $id) { id status expiredOn daysLeft expiringSoon } }`);
const NOTIFICATIONS = graphql(`query PoaExpiryNotifications { notifications(first: 100) { edges { node { id kind subjectType subjectId data } } } }`);
const LIVE = graphql(`subscription PoaExpiryLive { notificationEvents { id notification { kind subjectId data } } }`);
const SETTINGS = graphql(`query PoaExpirySettings { contractSettings { version unsignedReminderDays } }`);
const SET_SETTINGS = graphql(`mutation PoaExpirySetSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version unsignedReminderDays } }`);
const LOG = graphql(`query PoaExpiryLog { auditLog(first: 100) { edges { node { type subject { id } } } } }`);

const RUN_INPUT: PricingInput = { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', values: [{ key: 'employees', number: 3 }, { key: 'bankOperations', number: 40 }, { key: 'documents', number: 20 }, { key: 'bankAccounts', number: 1 }, { key: 'activityKind', option: 'trade' }] };

// Tuesday 10 March 2026, 12:00 in Moscow
const clock = new TestClock('2026-03-10T09:00:00Z');
let app: App;
let owner: SignedUpFirm;
let manager: Awaited<ReturnType<typeof addMember>>;
let otherManager: Awaited<ReturnType<typeof addMember>>;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  manager = await addMember(app, owner.token, 'MANAGER');
  otherManager = await addMember(app, owner.token, 'MANAGER');
});

/** A lead of `token`'s user (its owner: the responsible manager when there is no contract). */
async function lead(token: string, companyName: string) {
  return (await ok(app, CREATE_LEAD, { input: { lastName: 'Петров', firstName: 'Пётр', legalForm: 'ORGANIZATION', companyName, taxRegime: 'USN_INCOME' } }, token)).createLead.id;
}

async function issuedPoa(token: string, leadId: string, validUntil: string, issueDate = '2026-03-01') {
  const poa = (await ok(app, CREATE, { input: { leadId, kind: 'TAX', representativeKind: 'FIRM', issueDate, validUntil } }, token)).createPowerOfAttorney;
  await ok(app, ISSUE, { id: poa.id, version: poa.version, on: issueDate }, token);
  return poa;
}

/** Runs the expiry job through the queue, as the hourly schedule does, and waits for it. */
async function runJob(on: App = app) {
  const id = await on.jobs.send(POA_EXPIRY_JOB);
  await waitUntil(() => on.jobs.finished(POA_EXPIRY_JOB, id), 'the expiry job to finish');
}

const noticesOf = async (token: string, subjectIds: string[]) =>
  (await ok(app, NOTIFICATIONS, {}, token)).notifications.edges.map((e) => e.node).filter((n) => subjectIds.includes(n.subjectId!));

describe('the daily expiry job', () => {
  it('announces one ending within 30 days once, and marks it EXPIRED after its last day on the firm’s clock, telling its manager live', async () => {
    clock.set('2026-03-10T09:00:00Z');
    const leadId = await lead(manager.token, 'ООО «Срок»');
    const soon = await issuedPoa(manager.token, leadId, '2026-04-05');
    const later = await issuedPoa(manager.token, leadId, '2027-02-28');
    const draft = (await ok(app, CREATE, { input: { leadId, kind: 'BANK', representativeKind: 'FIRM', issueDate: '2026-01-01', validUntil: '2026-02-01' } }, manager.token)).createPowerOfAttorney;
    expect((await ok(app, GET, { id: soon.id }, manager.token)).powerOfAttorney).toMatchObject({ status: 'EXPIRING', daysLeft: 26, expiringSoon: true, expiredOn: null });
    expect((await ok(app, GET, { id: later.id }, manager.token)).powerOfAttorney).toMatchObject({ status: 'ISSUED', expiringSoon: false });

    const live = new Subscriber(app, manager.token, LIVE);
    const elsewhere = new Subscriber(app, otherManager.token, LIVE);
    await runJob();
    const [event] = await live.waitFor(1);
    expect(event!.notificationEvents.notification).toMatchObject({ kind: 'POA_EXPIRING', subjectId: soon.id, data: { number: soon.number, companyName: 'ООО «Срок»', validUntil: '2026-04-05', days: 26 } });
    await runJob();
    expect((await noticesOf(manager.token, [soon.id, later.id, draft.id])).map((n) => n.kind)).toEqual(['POA_EXPIRING']);

    // 23:30 in Moscow on its last day: still valid
    clock.set('2026-04-05T20:30:00Z');
    await runJob();
    expect((await ok(app, GET, { id: soon.id }, manager.token)).powerOfAttorney).toMatchObject({ status: 'EXPIRING', daysLeft: 0, expiredOn: null });
    // 00:30 in Moscow the next day (still 5 April in UTC): expired
    clock.set('2026-04-05T21:30:00Z');
    await runJob();
    const [, expired] = await live.waitFor(2);
    expect(expired!.notificationEvents.notification).toMatchObject({ kind: 'POA_EXPIRED', subjectId: soon.id, data: { number: soon.number, validUntil: '2026-04-05' } });
    expect((await ok(app, GET, { id: soon.id }, manager.token)).powerOfAttorney).toMatchObject({ status: 'EXPIRED', expiredOn: '2026-04-06', daysLeft: -1, expiringSoon: false });
    expect((await ok(app, GET, { id: draft.id }, manager.token)).powerOfAttorney).toMatchObject({ status: 'DRAFT', expiredOn: null });
    await runJob();
    expect((await noticesOf(manager.token, [soon.id, later.id, draft.id])).map((n) => n.kind).sort()).toEqual(['POA_EXPIRED', 'POA_EXPIRING']);
    const log = (await ok(app, LOG, {}, owner.token)).auditLog.edges.map((e) => e.node).filter((n) => n.type === 'POA_EXPIRED');
    expect(log).toEqual([{ type: 'POA_EXPIRED', subject: { id: soon.id } }]);
    // only the manager's own stream heard of it
    expect(elsewhere.received).toEqual([]);
    await Promise.all([live.dispose(), elsewhere.dispose()]);
  });

  it('chases a contract the client has not signed for the firm’s 7 days, once, to its manager', async () => {
    clock.set('2026-03-10T09:00:00Z');
    const leadId = await lead(manager.token, 'ООО «Подпись»');
    const run = (await ok(app, CREATE_RUN, { leadId, input: RUN_INPUT }, manager.token)).createPricingRun;
    const create = (companyName: string) => ok(app, CREATE_CONTRACT, { input: { leadId, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'], client: { fullName: companyName } } }, manager.token);
    const waiting = (await create('ООО «Подпись»')).createContract;
    const signed = (await create('ООО «Подпись»')).createContract;
    const sentWaiting = (await ok(app, SEND, { id: waiting.id, version: waiting.version, on: '2026-03-10' }, manager.token)).sendContract;
    const sentSigned = (await ok(app, SEND, { id: signed.id, version: signed.version, on: '2026-03-10' }, manager.token)).sendContract;
    await ok(app, SIGN, { id: signed.id, version: sentSigned.version, input: { party: 'CLIENT', on: '2026-03-12', signer: 'Петров П.П.', channel: 'PAPER' } }, manager.token);
    expect(sentWaiting.version).toBeGreaterThan(waiting.version);

    clock.set('2026-03-16T09:00:00Z');
    await runJob();
    expect(await noticesOf(manager.token, [waiting.id, signed.id])).toEqual([]);
    clock.set('2026-03-17T09:00:00Z');
    await runJob();
    await runJob();
    const notices = await noticesOf(manager.token, [waiting.id, signed.id]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'CONTRACT_UNSIGNED', subjectType: 'Contract', subjectId: waiting.id, data: { number: waiting.number, sentOn: '2026-03-10', days: 7 } });

    // the firm waits longer: a contract sent now is chased after its 10 days
    const settings = (await ok(app, SETTINGS, {}, owner.token)).contractSettings;
    expect(settings.unsignedReminderDays).toBe(7);
    await ok(app, SET_SETTINGS, { version: settings.version, input: { unsignedReminderDays: 10 } }, owner.token);
    const later = (await create('ООО «Подпись»')).createContract;
    await ok(app, SEND, { id: later.id, version: later.version, on: '2026-03-17' }, manager.token);
    clock.set('2026-03-26T09:00:00Z');
    await runJob();
    expect(await noticesOf(manager.token, [later.id])).toEqual([]);
    clock.set('2026-03-27T09:00:00Z');
    await runJob();
    expect((await noticesOf(manager.token, [later.id])).map((n) => n.data.days)).toEqual([10]);
  });

  it('names a client taken on directly as the principal in its notices, and expires its power of attorney', async () => {
    clock.set('2026-03-10T09:00:00Z');
    const clientInput = { legalForm: 'ORGANIZATION' as const, fullName: 'Общество с ограниченной ответственностью «Прямой»', shortName: 'ООО «Прямой»', inn: '7707083893', regionCode: '77', taxRegime: 'USN_INCOME' as const, vatPayer: false, hasEmployees: false };
    const clientId = (await ok(app, CREATE_CLIENT, { input: clientInput }, manager.token)).createClient.id;
    const poa = (await ok(app, CREATE, { input: { clientId, kind: 'TAX', representativeKind: 'FIRM', issueDate: '2026-03-01', validUntil: '2026-03-20' } }, manager.token)).createPowerOfAttorney;
    await ok(app, ISSUE, { id: poa.id, version: poa.version, on: '2026-03-01' }, manager.token);
    await runJob();
    clock.set('2026-03-21T09:00:00Z');
    await runJob();
    expect((await ok(app, GET, { id: poa.id }, manager.token)).powerOfAttorney).toMatchObject({ status: 'EXPIRED', expiredOn: '2026-03-21' });
    const notices = await noticesOf(manager.token, [poa.id]);
    expect(notices.map((n) => [n.kind, n.data])).toEqual([
      ['POA_EXPIRED', expect.objectContaining({ companyName: 'ООО «Прямой»', clientId, leadId: null })],
      ['POA_EXPIRING', expect.objectContaining({ companyName: 'ООО «Прямой»', clientId, leadId: null, days: 10 })],
    ]);
  });
});

describe('the expiry job on two instances at once', () => {
  it('expires and announces each power of attorney exactly once', async () => {
    clock.set('2026-03-10T09:00:00Z');
    const second = await startTestApp(app.databaseUrl, { clock });
    try {
      const leadId = await lead(manager.token, 'ООО «Два сервера»');
      const poas = [];
      for (let i = 0; i < 6; i += 1) poas.push(await issuedPoa(manager.token, leadId, i % 2 ? '2026-04-20' : '2026-06-30'));
      const ids = poas.map((p) => p.id);
      // the ones ending 20 April are announced, then both runs pass the end of all of them
      clock.set('2026-03-25T09:00:00Z');
      await Promise.all([app.services.poaExpiry.run(app.orm, clock), second.services.poaExpiry.run(second.orm, clock), runJob(app), runJob(second)]);
      expect((await noticesOf(manager.token, ids)).map((n) => n.kind)).toEqual(['POA_EXPIRING', 'POA_EXPIRING', 'POA_EXPIRING']);
      clock.set('2026-07-01T09:00:00Z');
      const runs = await Promise.all([app.services.poaExpiry.run(app.orm, clock), second.services.poaExpiry.run(second.orm, clock), runJob(app), runJob(second)]);
      const notices = await noticesOf(manager.token, ids);
      const expired = notices.filter((n) => n.kind === 'POA_EXPIRED').map((n) => n.subjectId).sort();
      expect(expired).toEqual([...ids].sort());
      // the three ending 30 June were never announced as ending soon: each tells once that it expired
      expect(notices.filter((n) => n.kind === 'POA_EXPIRING')).toHaveLength(3);
      expect(runs[0].expired + runs[1].expired).toBeLessThanOrEqual(6);
      const events = await app.orm.em.fork().getConnection().execute<{ subject_id: string; n: string }[]>(
        `select subject_id, count(*) as n from firm_event where type = 'POA_EXPIRED' and subject_id = any(?::text[]) group by subject_id`,
        [`{${ids.join(',')}}`],
      );
      expect(events.map((e) => Number(e.n))).toEqual([1, 1, 1, 1, 1, 1]);
    } finally {
      await second.close();
    }
  });
});
