import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import { docxText } from './documents/docx-builder.js';
import { libreOffice } from './documents/pdf.js';

const CREATE_LEAD = graphql(`mutation DocumentsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_RUN = graphql(`mutation DocumentsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }`);
const CREATE = graphql(`mutation DocumentsCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price } }`);
const SETTINGS = graphql(`query DocumentsSettings { contractSettings { version } }`);
const UPDATE_SETTINGS = graphql(`mutation DocumentsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version } }`);
const FIRM_REQUISITES = graphql(`mutation DocumentsFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }`);
const GENERATE = graphql(`mutation DocumentsGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id status title docxUrl pdfUrl } }`);
const LAST_ENTRY = graphql(`query DocumentsLastEntry { auditLog(first: 1) { edges { node { id } } } }`);
const EVENTS = graphql(`subscription DocumentsEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }`);
const CARD = graphql(`query DocumentsCard($id: ID!) { contract(id: $id) { documents { id status title docxUrl pdfUrl docxSize } } }`);
const CREATE_POA = graphql(`mutation DocumentsCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number } }`);

const clock = new TestClock('2026-03-10T09:00:00Z');
let app: App;
let owner: SignedUpFirm;

async function contract() {
  const lead = (await ok(app, CREATE_LEAD, { input: { lastName: 'Иванов', firstName: 'Иван', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»', inn: '7707083893', taxRegime: 'USN_INCOME' } }, owner.token)).createLead;
  const run = (await ok(app, CREATE_RUN, { leadId: lead.id, input: { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', values: [{ key: 'employees', number: 12 }] } }, owner.token)).createPricingRun;
  const created = (await ok(app, CREATE, { input: { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES', 'PAYROLL'], client: { kpp: '773601001', ogrn: '1027700132195', signerPosition: 'Генеральный директор', signerName: 'Иванов Иван Иванович', signerInPreamble: 'генерального директора Иванова Ивана Ивановича', authorityBasis: 'CHARTER' } } }, owner.token)).createContract;
  return { lead, run, contract: created };
}

/** Asks for a document and waits for its DOCUMENT_READY on the live path (no sleeping). */
async function generated(ownerType: 'CONTRACT' | 'POWER_OF_ATTORNEY', ownerId: string, contractId: string) {
  const pending = (await ok(app, GENERATE, { ownerType, ownerId }, owner.token)).generateDocument;
  expect(pending).toMatchObject({ status: 'PENDING', docxUrl: null });
  const after = (await ok(app, LAST_ENTRY, {}, owner.token)).auditLog.edges[0]!.node.id;
  const live = new Subscriber(app, owner.token, EVENTS, { contractId, after });
  try {
    const [event] = await live.waitFor(1);
    expect(event!.contractEvents).toEqual({ type: 'DOCUMENT_READY', subjectId: pending.id });
  } finally {
    await live.dispose();
  }
  return pending;
}

async function download(path: string, token: string | null = owner.token) {
  return fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  const { version } = (await ok(app, SETTINGS, {}, owner.token)).contractSettings;
  await ok(app, UPDATE_SETTINGS, { version, input: { city: 'Москва' } }, owner.token);
  await ok(app, FIRM_REQUISITES, { input: { inn: '7736207543', kpp: '773601001', ogrn: '1027739850962', address: 'г. Москва, ул. Льва Толстого, д. 16', bankAccount: '40702810900000000001', bankName: 'АО «Банк»', bik: '044525225', correspondentAccount: '30101810400000000225', signerPosition: 'Генеральный директор', signerName: 'Соколова Анна Викторовна', signerAuthority: 'Устава' } }, owner.token);
});

describe('contract documents', () => {
  it('generates the contract in the background: the DOCX has the parties, the price in words and the annex', async () => {
    const { contract: c } = await contract();
    const pending = await generated('CONTRACT', c.id, c.id);
    const card = (await ok(app, CARD, { id: c.id }, owner.token)).contract;
    const document = card.documents.find((d) => d.id === pending.id)!;
    expect(document).toMatchObject({ status: 'READY', title: `Договор ${c.number}`, docxUrl: `/documents/${pending.id}/docx` });

    const response = await download(document.docxUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const text = docxText(Buffer.from(await response.arrayBuffer())).replace(/\u00a0/g, ' ');
    expect(text).toContain(`ДОГОВОР № ${c.number}`);
    expect(text).toContain('«10» марта 2026 г.');
    expect(text).toContain('ИНН 7707083893, КПП 773601001');
    expect(text).toContain('ООО «Ромашка», именуемое в дальнейшем «Заказчик», в лице генерального директора Иванова Ивана Ивановича, действующего на основании Устава');
    expect(text).toMatch(/Стоимость услуг составляет [\d ]+ \([А-Я][а-я ]+\) рубл(ь|я|ей) 00 копеек в месяц/);
    expect(text).toContain('Налоговый учёт и отчётность');
    expect(text).toContain('Заработная плата и кадры');
    expect(text).not.toContain('Первичные документы');
    expect(text).toContain('ИНН 7736207543, КПП 773601001');
    expect(text).toContain('А. В. Соколова');
    expect(text).not.toContain('{{');
  });

  it('renders the contract as a PDF with LibreOffice', async (context) => {
    // CI installs LibreOffice (.ci/run): there a missing one fails rather than passing untested
    const soffice = await libreOffice();
    if (!soffice && process.env.CI === 'true') throw new Error('LibreOffice (soffice) is not installed, and CI must test the PDF');
    context.skip(!soffice, 'LibreOffice (soffice) is not installed: the PDF is not tested');
    const { contract: c } = await contract();
    const pending = await generated('CONTRACT', c.id, c.id);
    const document = (await ok(app, CARD, { id: c.id }, owner.token)).contract.documents.find((d) => d.id === pending.id)!;
    expect(document.pdfUrl).toBe(`/documents/${pending.id}/pdf`);
    const response = await download(document.pdfUrl!);
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('generates a power of attorney with its number, powers and term', async () => {
    const { contract: c } = await contract();
    const poa = (await ok(app, CREATE_POA, { input: { contractId: c.id, kind: 'TAX', representativeKind: 'FIRM', issueDate: '2026-03-10' } }, owner.token)).createPowerOfAttorney;
    const pending = await generated('POWER_OF_ATTORNEY', poa.id, c.id);
    const text = docxText(Buffer.from(await (await download(`/documents/${pending.id}/docx`)).arrayBuffer()));
    expect(text).toContain(`ДОВЕРЕННОСТЬ № ${poa.number}`);
    expect(text).toContain('уполномочивает ООО «Баланс» (ИНН 7736207543, ОГРН 1027739850962)');
    expect(text).toContain('представлять интересы Доверителя в налоговых органах');
    expect(text).toContain('по 10.03.2027 включительно');
  });

  it('serves files only with a token of the same firm', async () => {
    const { contract: c } = await contract();
    const pending = await generated('CONTRACT', c.id, c.id);
    const other = await signUpFirm(app, 'ООО «Чужая»');
    expect((await download(`/documents/${pending.id}/docx`, null)).status).toBe(401);
    expect((await download(`/documents/${pending.id}/docx`, other.token)).status).toBe(404);
    expect((await download(`/documents/not-an-id/docx`)).status).toBe(404);
    expect(errorCode(await gql(app, GENERATE, { ownerType: 'CONTRACT', ownerId: c.id }, other.token))).toBe('BAD_USER_INPUT');
  });
});
