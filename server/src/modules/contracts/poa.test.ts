import { readFileSync } from 'node:fs';
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
    representative { id } principal { name inn lead { id } client { id } } replaces { id } reissuedAs { id } viewerCanEdit
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
    expect(poa).toMatchObject({ number: 'Д-2026-001', status: 'DRAFT', issueDate: '2026-03-10', validUntil: '2027-03-10', principal: { name: 'ООО «Ромашка»', inn: null, lead: { id: leadId }, client: null }, representative: null, viewerCanEdit: true });
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

const REISSUE = graphql(`
  mutation PoaReissue($id: ID!, $input: ReissuePowerOfAttorneyInput) {
    reissuePowerOfAttorney(id: $id, input: $input) { ...PoaTestFields powers kind issueDate validUntil reissuedAs { id } replaces { id reissuedAs { id } } }
  }
`);
const TO_REISSUE = graphql(`query PoaToReissue { powersOfAttorneyToReissue { id number representative { id name } reissuedAs { id status } } }`);
const DEACTIVATE = graphql(`mutation PoaDeactivate($userId: ID!) { deactivateUser(userId: $userId) { id active } }`);
const POA_NOTICES = graphql(`query PoaNotices { notifications(first: 50) { edges { node { kind subjectId data } } } }`);
const CREATE_LEAD_OF = graphql(`mutation PoaCreateLeadOf($input: LeadInput!) { createLead(input: $input) { id } }`);

describe('reissue', () => {
  it('copies an issued power of attorney into a new draft with a new number and dates, linked both ways; the old one is then revoked', async () => {
    at('2026-03-10');
    const old = (await ok(app, CREATE, { input: { leadId, kind: 'STATISTICS', representativeKind: 'FIRM', powers: 'Подписывать и представлять статистическую отчётность', validUntil: '2026-06-30' } }, owner.token)).createPowerOfAttorney;
    const draftOnly = await gql(app, REISSUE, { id: old.id }, owner.token);
    expect(draftOnly.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('NOT_ISSUED');
    const issued = (await ok(app, ISSUE, { id: old.id, version: old.version }, owner.token)).issuePowerOfAttorney;

    at('2026-06-15');
    const fresh = (await ok(app, REISSUE, { id: old.id, input: { validUntil: '2027-06-30' } }, owner.token)).reissuePowerOfAttorney;
    expect(fresh).toMatchObject({ status: 'DRAFT', kind: 'STATISTICS', powers: 'Подписывать и представлять статистическую отчётность', issueDate: '2026-06-15', validUntil: '2027-06-30', representativeKind: 'FIRM', principal: { name: 'ООО «Ромашка»', inn: null, lead: { id: leadId }, client: null }, replaces: { id: old.id, reissuedAs: { id: fresh.id } }, reissuedAs: null });
    expect(fresh.number).not.toBe(old.number);
    expect(errorCode(await gql(app, REISSUE, { id: old.id }, owner.token))).toBe('CONFLICT');
    const revoked = (await ok(app, REVOKE, { id: old.id, version: issued.version, reason: 'Перевыпущена' }, owner.token)).revokePowerOfAttorney;
    expect(revoked.status).toBe('REVOKED');
    expect((await ok(app, GET, { id: old.id }, owner.token)).powerOfAttorney.replaces).toBeNull();
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    expect(errorCode(await gql(app, REISSUE, { id: old.id }, accountant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, REISSUE, { id: old.id }, (await signUpFirm(app, 'ООО «Другая»')).token))).toBe('NOT_FOUND');
  });
});

describe('a representative who leaves', () => {
  it('puts their powers of attorney in force on the reissue list and tells the responsible managers; one click reissues to the firm', async () => {
    at('2026-03-10');
    const manager = await addMember(app, owner.token, 'MANAGER');
    const leaving = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const staying = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const managersLead = (await ok(app, CREATE_LEAD_OF, { input: { lastName: 'Сидоров', firstName: 'Семён', legalForm: 'ORGANIZATION', companyName: 'ООО «Уход»', taxRegime: 'USN_INCOME' } }, manager.token)).createLead.id;
    const issue = async (representativeId: string, extra: { validUntil?: string; issue?: boolean } = {}) => {
      const poa = (await ok(app, CREATE, { input: { leadId: managersLead, kind: 'TAX', representativeKind: 'EMPLOYEE', representativeId, issueDate: '2026-01-10', validUntil: extra.validUntil ?? '2026-12-31' } }, manager.token)).createPowerOfAttorney;
      if (extra.issue === false) return poa;
      return (await ok(app, ISSUE, { id: poa.id, version: poa.version, on: '2026-01-10' }, manager.token)).issuePowerOfAttorney;
    };
    const inForce = await issue(leaving.userId);
    const ended = await issue(leaving.userId, { validUntil: '2026-02-28' });
    const draft = await issue(leaving.userId, { issue: false });
    const someoneElses = await issue(staying.userId);
    expect((await ok(app, TO_REISSUE, {}, manager.token)).powersOfAttorneyToReissue).toEqual([]);

    await ok(app, DEACTIVATE, { userId: leaving.userId }, owner.token);
    const list = (await ok(app, TO_REISSUE, {}, manager.token)).powersOfAttorneyToReissue;
    expect(list.map((p) => p.id)).toEqual([inForce.id]);
    expect(list[0]).toMatchObject({ representative: { id: leaving.userId }, reissuedAs: null });
    const notices = (await ok(app, POA_NOTICES, {}, manager.token)).notifications.edges.map((e) => e.node).filter((n) => n.kind === 'POA_REPRESENTATIVE_DEACTIVATED');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ subjectId: inForce.id, data: { number: inForce.number, companyName: 'ООО «Уход»', representativeName: expect.any(String) } });
    expect([ended.id, draft.id, someoneElses.id].some((id) => list.some((p) => p.id === id))).toBe(false);

    const fresh = (await ok(app, REISSUE, { id: inForce.id }, manager.token)).reissuePowerOfAttorney;
    expect(fresh).toMatchObject({ status: 'DRAFT', representativeKind: 'FIRM', representative: null, replaces: { id: inForce.id } });
    expect((await ok(app, TO_REISSUE, {}, manager.token)).powersOfAttorneyToReissue).toEqual([expect.objectContaining({ id: inForce.id, reissuedAs: { id: fresh.id, status: 'DRAFT' } })]);
    await ok(app, REVOKE, { id: inForce.id, version: inForce.version, reason: 'Сотрудник уволен' }, manager.token);
    expect((await ok(app, TO_REISSUE, {}, manager.token)).powersOfAttorneyToReissue).toEqual([]);
  });
});

const UPLOAD_XML = graphql(`
  mutation PoaUploadXml($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) {
    uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) {
      id version registrationNumber
      xmlFile { fileName size format number issueDate validUntil uploadedAt }
      xmlMismatches { field inRecord inFile }
    }
  }
`);
const fixture = (name: string) => readFileSync(new URL(`./testdata/mchd/${name}`, import.meta.url)).toString('base64');
const EMCHD = 'ON_EMCHD_20260310_7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21.xml';
const DOVBB = 'ON_DOVBB_20260115_3b9d0c4e-2f71-4a55-8c3e-91d7a6e0b5f2.xml';

describe('a machine-readable power of attorney (МЧД)', () => {
  it('keeps the uploaded signed XML, reads its number and dates, and shows where they differ from the record', async () => {
    at('2026-03-10');
    const poa = (await ok(app, CREATE, { input: { leadId, kind: 'TAX', representativeKind: 'FIRM', machineReadable: true, registrationNumber: '7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21', issueDate: '2026-03-10', validUntil: '2027-03-10' } }, owner.token)).createPowerOfAttorney;
    const same = (await ok(app, UPLOAD_XML, { id: poa.id, version: poa.version, fileName: EMCHD, contentBase64: fixture(EMCHD) }, owner.token)).uploadPowerOfAttorneyXml;
    expect(same.xmlFile).toMatchObject({ fileName: EMCHD, format: 'EMCHD_1', number: '7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21', issueDate: '2026-03-10', validUntil: '2027-03-10' });
    expect(same.xmlFile!.size).toBeGreaterThan(2000);
    expect(same.xmlMismatches).toEqual([]);

    // another file (format 002, windows-1251) replaces it: every fact differs
    const other = (await ok(app, UPLOAD_XML, { id: poa.id, version: same.version, fileName: DOVBB, contentBase64: fixture(DOVBB) }, owner.token)).uploadPowerOfAttorneyXml;
    expect(other.xmlFile).toMatchObject({ fileName: DOVBB, format: '002', number: '3b9d0c4e-2f71-4a55-8c3e-91d7a6e0b5f2' });
    expect(other.xmlMismatches).toEqual([
      { field: 'NUMBER', inRecord: '7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21', inFile: '3b9d0c4e-2f71-4a55-8c3e-91d7a6e0b5f2' },
      { field: 'ISSUE_DATE', inRecord: '2026-03-10', inFile: '2026-01-15' },
      { field: 'VALID_UNTIL', inRecord: '2027-03-10', inFile: '2026-12-31' },
    ]);
    const count = await app.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from poa_xml_file where poa_id = ?', [poa.id]);
    expect(Number(count[0]!.n)).toBe(1);

    const refused = async (input: { id: string; fileName: string; contentBase64: string }) => (await gql(app, UPLOAD_XML, { version: other.version, ...input }, owner.token)).errors?.[0]?.extensions?.fields?.[0]?.code;
    expect(await refused({ id: poa.id, fileName: 'broken.xml', contentBase64: fixture('broken.xml') })).toBe('XML_INVALID');
    expect(await refused({ id: poa.id, fileName: 'big.xml', contentBase64: Buffer.alloc(256 * 1024 + 1, 0x20).toString('base64') })).toBe('FILE_TOO_LARGE');
    const paper = (await ok(app, CREATE, { input: { leadId, kind: 'TAX', representativeKind: 'FIRM' } }, owner.token)).createPowerOfAttorney;
    expect((await gql(app, UPLOAD_XML, { id: paper.id, version: paper.version, fileName: EMCHD, contentBase64: fixture(EMCHD) }, owner.token)).errors?.[0]?.extensions?.fields?.[0]?.code).toBe('NOT_MACHINE_READABLE');
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    expect(errorCode(await gql(app, UPLOAD_XML, { id: poa.id, version: other.version, fileName: EMCHD, contentBase64: fixture(EMCHD) }, accountant.token))).toBe('FORBIDDEN');
  });
});
