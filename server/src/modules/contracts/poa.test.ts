import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';

const CREATE_LEAD = graphql(`mutation PoaCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE = graphql(`
  mutation PoaCreate($input: CreatePowerOfAttorneyInput!) {
    createPowerOfAttorney(input: $input) { ...PoaTestFields }
  }
  fragment PoaTestFields on PowerOfAttorney {
    id number version kind status issueDate validUntil issuedOn revokedOn revocationReason powers representativeKind
    representative { id } principal { id } replaces { id } viewerCanEdit
  }
`);
const ISSUE = graphql(`mutation PoaIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { ...PoaTestFields } }`);
const REVOKE = graphql(`mutation PoaRevoke($id: ID!, $version: Int!, $reason: String!) { revokePowerOfAttorney(id: $id, version: $version, reason: $reason) { ...PoaTestFields } }`);
const UPDATE = graphql(`mutation PoaUpdate($id: ID!, $version: Int!, $input: UpdatePowerOfAttorneyInput!) { updatePowerOfAttorney(id: $id, version: $version, input: $input) { ...PoaTestFields } }`);
const GET = graphql(`query PoaGet($id: ID!) { powerOfAttorney(id: $id) { ...PoaTestFields } }`);
const LIST = graphql(`query PoaList($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id status } } } }`);

const clock = new TestClock('2026-03-10T09:00:00Z');
let app: App;
let owner: SignedUpFirm;
let leadId: string;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  leadId = (await ok(app, CREATE_LEAD, { input: { lastName: 'Иванов', firstName: 'Иван', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»', taxRegime: 'USN_INCOME' } }, owner.token)).createLead.id;
});

const at = (iso: string) => clock.set(`${iso}T09:00:00Z`);

describe('powers of attorney', () => {
  it('a draft for a lead: numbered, the kind’s powers, one year by default; issued, it expires on the firm’s clock', async () => {
    at('2026-03-10');
    const poa = (await ok(app, CREATE, { input: { leadId, kind: 'TAX', representativeKind: 'FIRM' } }, owner.token)).createPowerOfAttorney;
    expect(poa).toMatchObject({ number: 'Д-2026-001', status: 'DRAFT', issueDate: '2026-03-10', validUntil: '2027-03-10', principal: { id: leadId }, representative: null, viewerCanEdit: true });
    expect(poa.powers).toContain('налоговых органах');
    const issued = (await ok(app, ISSUE, { id: poa.id, version: poa.version }, owner.token)).issuePowerOfAttorney;
    expect(issued).toMatchObject({ status: 'ISSUED', issuedOn: '2026-03-10' });
    const edit = await gql(app, UPDATE, { id: poa.id, version: issued.version, input: { powers: 'иное' } }, owner.token);
    expect(edit.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('NOT_A_DRAFT');

    // 30 warning days (the firm's default) before the last valid day
    at('2027-02-07');
    expect((await ok(app, GET, { id: poa.id }, owner.token)).powerOfAttorney.status).toBe('ISSUED');
    at('2027-02-08');
    expect((await ok(app, GET, { id: poa.id }, owner.token)).powerOfAttorney.status).toBe('EXPIRING');
    expect((await ok(app, LIST, { filter: { statuses: ['EXPIRING'] } }, owner.token)).powersOfAttorney.edges.map((e) => e.node.id)).toContain(poa.id);
    at('2027-03-10');
    expect((await ok(app, GET, { id: poa.id }, owner.token)).powerOfAttorney.status).toBe('EXPIRING');
    at('2027-03-11');
    expect((await ok(app, GET, { id: poa.id }, owner.token)).powerOfAttorney.status).toBe('EXPIRED');
    const expired = (await ok(app, LIST, { filter: { statuses: ['EXPIRED'] } }, owner.token)).powersOfAttorney;
    expect(expired.edges.map((e) => e.node)).toEqual([{ id: poa.id, status: 'EXPIRED' }]);
  });

  it('to an employee, revoked with a reason, reissued as a new one linked to the old', async () => {
    at('2026-03-10');
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const missing = await gql(app, CREATE, { input: { leadId, kind: 'SOCIAL_FUND', representativeKind: 'EMPLOYEE' } }, owner.token);
    expect(missing.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('REPRESENTATIVE_REQUIRED');
    const poa = (await ok(app, CREATE, { input: { leadId, kind: 'SOCIAL_FUND', representativeKind: 'EMPLOYEE', representativeId: accountant.userId, validUntil: '2026-12-31' } }, owner.token)).createPowerOfAttorney;
    expect(poa).toMatchObject({ representative: { id: accountant.userId }, validUntil: '2026-12-31' });
    const issued = (await ok(app, ISSUE, { id: poa.id, version: poa.version }, owner.token)).issuePowerOfAttorney;
    expect(errorCode(await gql(app, REVOKE, { id: poa.id, version: poa.version, reason: 'x' }, owner.token))).toBe('CONFLICT');
    const revoked = (await ok(app, REVOKE, { id: poa.id, version: issued.version, reason: 'Сотрудник уволен' }, owner.token)).revokePowerOfAttorney;
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedOn: '2026-03-10', revocationReason: 'Сотрудник уволен', viewerCanEdit: false });
    const again = (await ok(app, CREATE, { input: { leadId, kind: 'SOCIAL_FUND', representativeKind: 'FIRM', replacesId: poa.id } }, owner.token)).createPowerOfAttorney;
    expect(again.replaces).toEqual({ id: poa.id });
    expect(again.number).not.toBe(poa.number);
  });

  it('accountants read but do not draft; another firm sees none', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    expect(errorCode(await gql(app, CREATE, { input: { leadId, kind: 'TAX', representativeKind: 'FIRM' } }, accountant.token))).toBe('FORBIDDEN');
    expect((await ok(app, LIST, {}, accountant.token)).powersOfAttorney.totalCount).toBeGreaterThan(0);
    const other = await signUpFirm(app, 'ООО «Чужая»');
    expect((await ok(app, LIST, {}, other.token)).powersOfAttorney.totalCount).toBe(0);
    const stolen = await gql(app, CREATE, { input: { leadId, kind: 'TAX', representativeKind: 'FIRM' } }, other.token);
    expect(stolen.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.leadId');
  });
});
