import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, gql, ok, signUpFirm, startTestApp, Subscriber, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import { POA_EXPIRY_JOB } from '../contracts/poa-expiry.service.js';
import { declaredNotificationKinds } from './notification-kinds.js';

const PREFERENCES = graphql(`query NotificationPreferencesList { notificationPreferences { kind area enabled } }`);
const SET = graphql(`mutation NotificationPreferencesSet($changes: [NotificationPreferenceInput!]!) { setNotificationPreferences(changes: $changes) { kind area enabled } }`);
const SOURCES = graphql(`query NotificationPreferencesSources { leadSources { id } }`);
const CREATE_LEAD = graphql(`mutation NotificationPreferencesLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const LOG = graphql(`mutation NotificationPreferencesLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }`);
const FOLLOW_UP = graphql(`mutation NotificationPreferencesFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }`);
const CREATE_POA = graphql(`mutation NotificationPreferencesPoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }`);
const ISSUE_POA = graphql(`mutation NotificationPreferencesIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id } }`);
const NOTIFICATIONS = graphql(`query NotificationPreferencesNotifications { notifications(first: 100) { edges { node { kind subjectId } } } }`);
const LIVE = graphql(`subscription NotificationPreferencesLive { notificationEvents { id notification { kind subjectId } } }`);

const clock = new TestClock('2026-03-10T09:00:00Z');
let app: App;
let owner: SignedUpFirm;
let quiet: Awaited<ReturnType<typeof addMember>>;
let keen: Awaited<ReturnType<typeof addMember>>;
let sourceId: string;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  quiet = await addMember(app, owner.token, 'MANAGER');
  keen = await addMember(app, owner.token, 'MANAGER');
  sourceId = (await ok(app, SOURCES, {}, owner.token)).leadSources[0]!.id;
});

const lead = async (token: string, companyName: string) =>
  (await ok(app, CREATE_LEAD, { input: { lastName: 'Иванов', firstName: 'Пётр', legalForm: 'ORGANIZATION', companyName, taxRegime: 'USN_INCOME', sourceId } }, token)).createLead.id;
const kindsFor = async (token: string, subjectIds: string[]) =>
  (await ok(app, NOTIFICATIONS, {}, token)).notifications.edges.map((e) => e.node).filter((n) => subjectIds.includes(n.subjectId!)).map((n) => n.kind);

describe('notification preferences', () => {
  it('list every declared kind of every area, on until turned off, each user their own', async () => {
    const all = (await ok(app, PREFERENCES, {}, quiet.token)).notificationPreferences;
    expect(all.map((p) => p.kind)).toEqual(declaredNotificationKinds());
    expect(all).toEqual(expect.arrayContaining([
      { kind: 'FOLLOW_UP_ASSIGNED', area: 'correspondence', enabled: true },
      { kind: 'POA_EXPIRING', area: 'contracts', enabled: true },
      { kind: 'CONTRACT_UNSIGNED', area: 'contracts', enabled: true },
    ]));
    const after = (await ok(app, SET, { changes: [{ kind: 'FOLLOW_UP_ASSIGNED', enabled: false }, { kind: 'POA_EXPIRING', enabled: false }] }, quiet.token)).setNotificationPreferences;
    expect(after.filter((p) => !p.enabled).map((p) => p.kind)).toEqual(['FOLLOW_UP_ASSIGNED', 'POA_EXPIRING']);
    // turning off twice is the same; turning on again undoes it
    await ok(app, SET, { changes: [{ kind: 'POA_EXPIRING', enabled: false }, { kind: 'POA_EXPIRED', enabled: false }] }, quiet.token);
    const again = (await ok(app, SET, { changes: [{ kind: 'POA_EXPIRED', enabled: true }] }, quiet.token)).setNotificationPreferences;
    expect(again.filter((p) => !p.enabled).map((p) => p.kind)).toEqual(['FOLLOW_UP_ASSIGNED', 'POA_EXPIRING']);
    expect((await ok(app, PREFERENCES, {}, keen.token)).notificationPreferences.every((p) => p.enabled)).toBe(true);

    const unknown = await gql(app, SET, { changes: [{ kind: 'NO_SUCH_KIND', enabled: false }] }, quiet.token);
    expect(unknown.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'changes.0.kind', code: 'UNKNOWN_KIND' });
  });

  it('silence a kind for the user who turned it off: nothing stored or delivered to them, others of the firm still told, no one in another firm', async () => {
    const quietLive = new Subscriber(app, quiet.token, LIVE);
    const keenLive = new Subscriber(app, keen.token, LIVE);
    const otherFirm = await signUpFirm(app, 'ООО «Чужие»');
    const otherLive = new Subscriber(app, otherFirm.token, LIVE);

    // correspondence: a follow-up given to each by the owner
    const leadId = await lead(owner.token, 'ООО «Тишина»');
    const call = (await ok(app, LOG, { input: { leadId, kind: 'CALL', direction: 'OUTGOING', summary: 'Договорились созвониться' } }, owner.token)).logTimelineEntry;
    const forQuiet = (await ok(app, FOLLOW_UP, { input: { entryId: call.id, title: 'Перезвонить', ownerId: quiet.userId, dueDate: '2026-03-20', dueTime: '10:00' } }, owner.token)).createFollowUp;
    const forKeen = (await ok(app, FOLLOW_UP, { input: { entryId: call.id, title: 'Перезвонить', ownerId: keen.userId, dueDate: '2026-03-20', dueTime: '10:00' } }, owner.token)).createFollowUp;
    const [assigned] = await keenLive.waitFor(1);
    expect(assigned!.notificationEvents.notification).toEqual({ kind: 'FOLLOW_UP_ASSIGNED', subjectId: forKeen.id });

    // contracts: a power of attorney of each ending within 30 days
    const poaOf = async (token: string, companyName: string) => {
      const poa = (await ok(app, CREATE_POA, { input: { leadId: await lead(token, companyName), kind: 'TAX', representativeKind: 'FIRM', issueDate: '2026-03-01', validUntil: '2026-03-31' } }, token)).createPowerOfAttorney;
      await ok(app, ISSUE_POA, { id: poa.id, version: poa.version, on: '2026-03-01' }, token);
      return poa.id;
    };
    const quietPoa = await poaOf(quiet.token, 'ООО «Тихий»');
    const keenPoa = await poaOf(keen.token, 'ООО «Внимательный»');
    const id = await app.jobs.send(POA_EXPIRY_JOB);
    await waitUntil(() => app.jobs.finished(POA_EXPIRY_JOB, id), 'the expiry job to finish');
    const [, expiring] = await keenLive.waitFor(2);
    expect(expiring!.notificationEvents.notification).toEqual({ kind: 'POA_EXPIRING', subjectId: keenPoa });

    expect(await kindsFor(keen.token, [forKeen.id, keenPoa])).toEqual(['POA_EXPIRING', 'FOLLOW_UP_ASSIGNED']);
    expect(await kindsFor(quiet.token, [forQuiet.id, quietPoa])).toEqual([]);

    // a kind left on still reaches the quiet user: its expiry
    clock.set('2026-04-01T09:00:00Z');
    const again = await app.jobs.send(POA_EXPIRY_JOB);
    await waitUntil(() => app.jobs.finished(POA_EXPIRY_JOB, again), 'the expiry job to finish');
    const [expired] = await quietLive.waitFor(1);
    expect(expired!.notificationEvents.notification).toEqual({ kind: 'POA_EXPIRED', subjectId: quietPoa });
    expect(quietLive.received).toHaveLength(1);
    expect(otherLive.received).toEqual([]);
    await Promise.all([quietLive.dispose(), keenLive.dispose(), otherLive.dispose()]);
  });
});

describe('notification kinds in the client', () => {
  it('are each worded and named in Russian and English', () => {
    for (const language of ['ru', 'en']) {
      const words = JSON.parse(readFileSync(new URL(`../../../../client/src/features/notifications/locales/${language}.json`, import.meta.url), 'utf8')) as { kinds: Record<string, string>; kindNames: Record<string, string> };
      // the message in the bell and the name on the preferences page
      const missing = declaredNotificationKinds().filter((kind) => !words.kinds[kind] || !words.kindNames[kind]);
      expect(missing, language).toEqual([]);
    }
  });
});
