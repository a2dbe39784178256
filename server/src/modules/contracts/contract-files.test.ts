import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import { buildDocx, docxText } from './documents/docx-builder.js';

const CREATE_LEAD = graphql(`mutation FilesCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }`);
const LEAD_VERSION = graphql(`query FilesLeadVersion($id: ID!) { lead(id: $id) { version } }`);
const CREATE_RUN = graphql(`mutation FilesCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }`);
const CREATE_CLIENT = graphql(`mutation FilesCreateClient($input: ClientInput!) { createClient(input: $input) { id shortName } }`);
const FROM_LEAD = graphql(`mutation FilesClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id } }`);
const CREATE = graphql(`mutation FilesCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price partyName lead { id } customer { id shortName } pricingRun { id } client { fullName inn kpp } } }`);
const SIGN = graphql(`mutation FilesSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version status } }`);
const AMEND = graphql(`mutation FilesAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id price pricingRun { id } } }`);
const CLIENT_CARD = graphql(`query FilesClientCard($id: ID!) { client(id: $id) { id contracts { id number partyName customer { id } } } }`);
const REGISTRY = graphql(`query FilesRegistry($filter: ContractFilter) { contracts(filter: $filter, first: 50) { totalCount edges { node { id number partyName } } } }`);
const FIRM = graphql(`mutation FilesFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id fullName ogrn bankAccount bik correspondentAccount signerName signerAuthority } }`);
const SETTINGS = graphql(`query FilesSettings { contractSettings { version } }`);
const UPDATE_SETTINGS = graphql(`mutation FilesUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version city } }`);
const GENERATE = graphql(`mutation FilesGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id } }`);
const LAST_ENTRY = graphql(`query FilesLastEntry { auditLog(first: 1) { edges { node { id type } } } }`);
const EVENTS = graphql(`subscription FilesEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }`);
const DOCUMENTS = graphql(`query FilesDocuments($id: ID!) { contract(id: $id) { documents { id source status title scanUrl scanType scanSize docxUrl } amendments { id documents { id source scanUrl } } } }`);
const TEMPLATES = graphql(`query FilesTemplates { documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders size } placeholders { name list within example } } }`);
const ACTIVATE = graphql(`mutation FilesActivateTemplate($kind: TemplateKind!) { activateDocumentTemplate(kind: $kind) { id kind active unknownPlaceholders } }`);
const CREATE_POA = graphql(`mutation FilesCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }`);
const UPLOAD_MCHD = graphql(`mutation FilesUploadMchd($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) { uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) { id xmlFile { fileName url } } }`);
const POA = graphql(`
  mutation FilesPoa($input: CreatePowerOfAttorneyInput!) {
    createPowerOfAttorney(input: $input) { ...FilesPoaFields }
  }
  fragment FilesPoaFields on PowerOfAttorney {
    id number version status contract { id } principal { name inn client { id } lead { id } } documents { id source title scanUrl scanType scanSize }
  }
`);
const POA_GET = graphql(`query FilesPoaGet($id: ID!) { powerOfAttorney(id: $id) { ...FilesPoaFields } }`);
const POA_ISSUE = graphql(`mutation FilesPoaIssue($id: ID!, $version: Int!) { issuePowerOfAttorney(id: $id, version: $version) { id version } }`);
const POA_REISSUE = graphql(`mutation FilesPoaReissue($id: ID!) { reissuePowerOfAttorney(id: $id) { ...FilesPoaFields } }`);
const POA_REGISTRY = graphql(`query FilesPoaRegistry($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id principal { name inn client { id } lead { id } } } } } }`);
const RESET = graphql(`mutation FilesResetTemplate($kind: TemplateKind!) { resetDocumentTemplate(kind: $kind) { kind uploaded { id } } }`);

const RUN_INPUT = { legalForm: 'ORGANIZATION' as const, taxRegime: 'USN_INCOME' as const, values: [{ key: 'employees', number: 12 }] };
const CLIENT_PROFILE = {
  legalForm: 'ORGANIZATION' as const, fullName: 'Общество с ограниченной ответственностью «Василёк»', shortName: 'ООО «Василёк»', inn: '7707083893', kpp: '773601001', ogrn: '1027700132195',
  regionCode: '77', taxRegime: 'USN_INCOME' as const, vatPayer: false, hasEmployees: false,
};

const clock = new TestClock('2026-03-10T09:00:00Z');
let app: App;
let owner: SignedUpFirm;
let other: SignedUpFirm;

async function pricedLead(companyName: string, token = owner.token) {
  const lead = (await ok(app, CREATE_LEAD, { input: { lastName: 'Иванов', firstName: 'Иван', legalForm: 'ORGANIZATION', companyName, inn: '7707083893', taxRegime: 'USN_INCOME' } }, token)).createLead;
  const run = (await ok(app, CREATE_RUN, { leadId: lead.id, input: RUN_INPUT }, token)).createPricingRun;
  return { lead, run };
}

async function directClient(shortName: string, token = owner.token) {
  return (await ok(app, CREATE_CLIENT, { input: { ...CLIENT_PROFILE, shortName } }, token)).createClient;
}

async function clientContract(shortName: string, token = owner.token) {
  const client = await directClient(shortName, token);
  const contract = (await ok(app, CREATE, { input: { clientId: client.id, price: '25000.00', startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, token)).createContract;
  return { client, contract };
}

/** Asks for a document and waits for its DOCUMENT_READY on the live path; answers its DOCX text. */
async function generatedText(ownerType: 'CONTRACT' | 'AMENDMENT' | 'POWER_OF_ATTORNEY', ownerId: string, contractId: string): Promise<string> {
  const after = (await ok(app, LAST_ENTRY, {}, owner.token)).auditLog.edges[0]!.node.id;
  const live = new Subscriber(app, owner.token, EVENTS, { contractId, after });
  try {
    const { id } = (await ok(app, GENERATE, { ownerType, ownerId }, owner.token)).generateDocument;
    const events = await live.waitFor(2);
    expect(events.map((e) => e.contractEvents)).toEqual([{ type: 'DOCUMENT_REQUESTED', subjectId: id }, { type: 'DOCUMENT_READY', subjectId: id }]);
    const response = await http('GET', `/documents/${id}/docx`);
    expect(response.status).toBe(200);
    return docxText(Buffer.from(await response.arrayBuffer())).replace(/\u00a0/g, ' ');
  } finally {
    await live.dispose();
  }
}

function http(method: 'GET' | 'POST', path: string, token: string | null = owner.token, body?: Uint8Array) {
  return fetch(`${app.url}${path}`, { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/octet-stream' } : {}) }, body });
}

const pdf = (size = 2048) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.4\n');
  return bytes;
};

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  other = await signUpFirm(app, 'ООО «Чужая»');
  await ok(app, FIRM, { input: { fullName: 'Общество с ограниченной ответственностью «Баланс»', inn: '7736207543', kpp: '773601001', ogrn: '1027739850962', bankAccount: '40702810900000000001', bankName: 'АО «Банк»', bik: '044525225', correspondentAccount: '30101810400000000225', signerPosition: 'Генеральный директор', signerName: 'Соколова Анна Викторовна', signerInPreamble: 'генерального директора Соколовой Анны Викторовны', signerAuthority: 'Устава' } }, owner.token);
  const { version } = (await ok(app, SETTINGS, {}, owner.token)).contractSettings;
  await ok(app, UPDATE_SETTINGS, { version, input: { city: 'Москва' } }, owner.token);
});

describe('a contract with a lead or a client', () => {
  it('is made for a client taken on without a lead, with the price given and the client card’s details', async () => {
    const { client, contract } = await clientContract('ООО «Василёк»');
    expect(contract).toMatchObject({ price: '25000.00', partyName: 'ООО «Василёк»', lead: null, pricingRun: null, customer: { id: client.id }, client: { fullName: CLIENT_PROFILE.fullName, inn: '7707083893', kpp: '773601001' } });
    const card = (await ok(app, CLIENT_CARD, { id: client.id }, owner.token)).client;
    expect(card.contracts.map((c) => c.id)).toEqual([contract.id]);
    const registry = (await ok(app, REGISTRY, { filter: { clientId: client.id } }, owner.token)).contracts;
    expect(registry.edges.map((e) => e.node.id)).toEqual([contract.id]);
  });

  it('asks for a price where there is no pricing run, and for a lead or a client', async () => {
    const client = await directClient('ООО «Без цены»');
    const noPrice = await gql(app, CREATE, { input: { clientId: client.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, owner.token);
    expect(noPrice.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'price', code: 'PRICE_REQUIRED' })]);
    const nobody = await gql(app, CREATE, { input: { price: '1000.00', startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, owner.token);
    expect(nobody.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'leadId', code: 'PARTY_REQUIRED' })]);
    const { run } = await pricedLead('ООО «Чужой расчёт»');
    const foreignRun = await gql(app, CREATE, { input: { clientId: client.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, owner.token);
    expect(foreignRun.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ code: 'RUN_OF_ANOTHER_LEAD' })]);
  });

  it("shows a lead's contract on the client card once the lead is accepted, and filters the registry by that client", async () => {
    const { lead, run } = await pricedLead('ООО «Лютик»');
    const early = (await ok(app, CREATE, { input: { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, owner.token)).createContract;
    expect(early.customer).toBeNull();
    const { version } = (await ok(app, LEAD_VERSION, { id: lead.id }, owner.token)).lead;
    const client = (await ok(app, FROM_LEAD, { leadId: lead.id, leadVersion: version }, owner.token)).createClientFromLead;
    const later = (await ok(app, CREATE, { input: { clientId: client.id, pricingRunId: run.id, startDate: '2026-05-01', serviceAreas: ['TAXES'] } }, owner.token)).createContract;
    expect(later).toMatchObject({ lead: { id: lead.id }, customer: { id: client.id }, pricingRun: { id: run.id } });
    const card = (await ok(app, CLIENT_CARD, { id: client.id }, owner.token)).client;
    expect(card.contracts.map((c) => c.id)).toEqual([later.id, early.id]);
    expect(card.contracts.map((c) => c.customer?.id)).toEqual([client.id, client.id]);
    const registry = (await ok(app, REGISTRY, { filter: { clientId: client.id } }, owner.token)).contracts;
    expect(registry.totalCount).toBe(2);
    expect(registry.edges.map((e) => e.node.partyName)).toEqual(['ООО «Лютик»', 'ООО «Лютик»']);
  });

  it('amends a contract without a pricing run with a price given directly', async () => {
    const { contract } = await clientContract('ООО «Доп»');
    const firm = (await ok(app, SIGN, { id: contract.id, version: contract.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } }, owner.token)).signContract;
    await ok(app, SIGN, { id: contract.id, version: firm.version, input: { party: 'CLIENT', signer: 'Иванов И. И.' } }, owner.token);
    const amendment = (await ok(app, AMEND, { input: { contractId: contract.id, price: '30000.00', effectiveFrom: '2026-06-01' } }, owner.token)).createContractAmendment;
    expect(amendment).toMatchObject({ price: '30000.00', pricingRun: null });
    const text = await generatedText('AMENDMENT', amendment.id, contract.id);
    expect(text).toContain('30 000 (Тридцать тысяч) рублей 00 копеек');
  });

  it('another firm cannot make a contract for the client, nor see it', async () => {
    const { client } = await clientContract('ООО «Своя»');
    const foreign = await gql(app, CREATE, { input: { clientId: client.id, price: '1000.00', startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, other.token);
    expect(foreign.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'clientId', code: 'NOT_FOUND' })]);
    expect((await ok(app, REGISTRY, { filter: { clientId: client.id } }, other.token)).contracts.totalCount).toBe(0);
  });
});

describe('a power of attorney from a client taken on directly', () => {
  it('is drafted on the lead-less contract: the client is the principal in the registry and in the document', async () => {
    const { client, contract } = await clientContract('ООО «Доверитель»');
    const poa = (await ok(app, POA, { input: { contractId: contract.id, kind: 'TAX', representativeKind: 'FIRM' } }, owner.token)).createPowerOfAttorney;
    expect(poa).toMatchObject({ status: 'DRAFT', contract: { id: contract.id }, principal: { name: 'ООО «Доверитель»', inn: '7707083893', client: { id: client.id }, lead: null } });

    const registry = (await ok(app, POA_REGISTRY, { filter: { clientId: client.id } }, owner.token)).powersOfAttorney;
    expect(registry.edges.map((e) => e.node)).toEqual([{ id: poa.id, principal: { name: 'ООО «Доверитель»', inn: '7707083893', client: { id: client.id }, lead: null } }]);
    expect((await ok(app, POA_REGISTRY, { filter: { clientId: client.id } }, other.token)).powersOfAttorney.totalCount).toBe(0);

    const text = await generatedText('POWER_OF_ATTORNEY', poa.id, contract.id);
    expect(text).toContain(`${CLIENT_PROFILE.fullName}, именуемое в дальнейшем «Заказчик»`);
    expect(text).toContain('ИНН 7707083893, КПП 773601001, ОГРН 1027700132195');

    const issued = (await ok(app, POA_ISSUE, { id: poa.id, version: poa.version }, owner.token)).issuePowerOfAttorney;
    expect(issued.version).toBeGreaterThan(poa.version);
    const again = (await ok(app, POA_REISSUE, { id: poa.id }, owner.token)).reissuePowerOfAttorney;
    expect(again).toMatchObject({ contract: { id: contract.id }, principal: { client: { id: client.id }, lead: null } });
  });

  it('is drafted for a client without a contract; another firm cannot name the client', async () => {
    const client = await directClient('ООО «Без договора»');
    const poa = (await ok(app, POA, { input: { clientId: client.id, kind: 'BANK', representativeKind: 'FIRM' } }, owner.token)).createPowerOfAttorney;
    expect(poa).toMatchObject({ contract: null, principal: { name: 'ООО «Без договора»', client: { id: client.id }, lead: null } });
    const foreign = await gql(app, POA, { input: { clientId: client.id, kind: 'BANK', representativeKind: 'FIRM' } }, other.token);
    expect(foreign.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.clientId', code: 'NOT_FOUND' })]);
    const nobody = await gql(app, POA, { input: { kind: 'BANK', representativeKind: 'FIRM' } }, owner.token);
    expect(nobody.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ code: 'PRINCIPAL_REQUIRED' })]);
  });

  it("keeps a lead's power of attorney working, and shows the client once the lead is accepted", async () => {
    const { lead, run } = await pricedLead('ООО «Будущий клиент»');
    const contract = (await ok(app, CREATE, { input: { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, owner.token)).createContract;
    const poa = (await ok(app, POA, { input: { contractId: contract.id, kind: 'TAX', representativeKind: 'FIRM' } }, owner.token)).createPowerOfAttorney;
    expect(poa.principal).toEqual({ name: 'ООО «Будущий клиент»', inn: '7707083893', client: null, lead: { id: lead.id } });
    expect(await generatedText('POWER_OF_ATTORNEY', poa.id, contract.id)).toContain('ООО «Будущий клиент», именуемое в дальнейшем «Заказчик»');

    const { version } = (await ok(app, LEAD_VERSION, { id: lead.id }, owner.token)).lead;
    const client = (await ok(app, FROM_LEAD, { leadId: lead.id, leadVersion: version }, owner.token)).createClientFromLead;
    const now = (await ok(app, POA_GET, { id: poa.id }, owner.token)).powerOfAttorney;
    expect(now.principal).toMatchObject({ client: { id: client.id }, lead: { id: lead.id } });
    const registry = (await ok(app, POA_REGISTRY, { filter: { clientId: client.id } }, owner.token)).powersOfAttorney;
    expect(registry.edges.map((e) => e.node.id)).toEqual([poa.id]);
  });
});

describe("the firm's side of documents comes from its requisites", () => {
  it('writes the firm’s full name, OGRN, bank details and signer into the contract', async () => {
    const { contract } = await clientContract('ООО «Реквизиты»');
    const text = await generatedText('CONTRACT', contract.id, contract.id);
    expect(text).toContain('Общество с ограниченной ответственностью «Баланс», именуемое в дальнейшем «Исполнитель», в лице генерального директора Соколовой Анны Викторовны, действующего на основании Устава');
    expect(text).toContain('ИНН 7736207543, КПП 773601001');
    expect(text).toContain('ОГРН 1027739850962');
    expect(text).toContain('Р/с 40702810900000000001 в АО «Банк»');
    expect(text).toContain('БИК 044525225, к/с 30101810400000000225');
    expect(text).toContain('А. В. Соколова');
    expect(text).toContain(`${CLIENT_PROFILE.fullName}, именуемое в дальнейшем «Заказчик»`);
    expect(text).toContain('г. Москва');
  });

  it('clears the city to null when it is saved blank; left out, it stays', async () => {
    const firm = await signUpFirm(app, 'ООО «Город»');
    const { version } = (await ok(app, SETTINGS, {}, firm.token)).contractSettings;
    const moscow = (await ok(app, UPDATE_SETTINGS, { version, input: { city: ' Москва ' } }, firm.token)).updateContractSettings;
    expect(moscow.city).toBe('Москва');
    const kept = (await ok(app, UPDATE_SETTINGS, { version: moscow.version, input: { vatClause: 'НДС не облагается' } }, firm.token)).updateContractSettings;
    expect(kept.city).toBe('Москва');
    const blank = (await ok(app, UPDATE_SETTINGS, { version: kept.version, input: { city: '  ' } }, firm.token)).updateContractSettings;
    expect(blank.city).toBeNull();
    const again = (await ok(app, UPDATE_SETTINGS, { version: blank.version, input: { city: 'Тверь' } }, firm.token)).updateContractSettings;
    expect((await ok(app, UPDATE_SETTINGS, { version: again.version, input: { city: null } }, firm.token)).updateContractSettings.city).toBeNull();
    const row = await app.orm.em.fork().getConnection().execute<{ city: string | null }[]>('select city from contract_settings where firm_id = ?', [firm.firmId]);
    expect(row).toEqual([{ city: null }]);
  });

  it('refuses a malformed BIK with its field', async () => {
    const result = await gql(app, FIRM, { input: { bik: '12345' } }, owner.token);
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'bik', code: 'BIK_FORMAT' })]);
  });
});

describe("the firm's own templates", () => {
  const upload = (kind: string, docx: Uint8Array, token: string | null = owner.token, name = 'Договор фирмы.docx') =>
    http('POST', `/document-templates/${kind}?name=${encodeURIComponent(name)}`, token, docx);

  it('reports unknown placeholders before use: the template waits until the owner confirms it', async () => {
    const docx = buildDocx([{ text: 'ДОГОВОР № {{contract.number}} с {{client.fullName}}, ИНН {{client.inn}}' }, { text: '{{#areas}}— {{title}} {{areaCode}}{{/areas}}' }, { text: 'Менеджер: {{manager.phone}}' }]);
    const response = await upload('CONTRACT', docx);
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { active: boolean; unknownPlaceholders: string[]; placeholders: string[] };
    expect(answer).toMatchObject({ active: false, unknownPlaceholders: ['areaCode', 'manager.phone'] });
    expect(answer.placeholders).toEqual(['contract.number', 'client.fullName', 'client.inn', 'areas', 'title', 'areaCode', 'manager.phone']);

    const slots = (await ok(app, TEMPLATES, {}, owner.token)).documentTemplates;
    const contractSlot = slots.find((s) => s.kind === 'CONTRACT')!;
    expect(contractSlot.uploaded).toMatchObject({ fileName: 'Договор фирмы.docx', active: false, unknownPlaceholders: ['areaCode', 'manager.phone'], size: docx.length });
    expect(contractSlot.placeholders).toEqual(expect.arrayContaining([
      { name: 'client.inn', list: false, within: null, example: '7707083893' },
      { name: 'areas', list: true, within: null, example: null },
      { name: 'title', list: false, within: 'areas', example: 'Налоговый учёт и отчётность' },
    ]));
    expect(slots.map((s) => s.kind)).toEqual(['CONTRACT', 'AMENDMENT', 'POA_TAX', 'POA_SOCIAL_FUND', 'POA_STATISTICS', 'POA_BANK', 'POA_OTHER']);

    // waiting, it is not used: the default makes the document
    const { contract } = await clientContract('ООО «Ожидание»');
    expect(await generatedText('CONTRACT', contract.id, contract.id)).toContain('на бухгалтерское обслуживание');

    const activated = (await ok(app, ACTIVATE, { kind: 'CONTRACT' }, owner.token)).activateDocumentTemplate;
    expect(activated).toMatchObject({ active: true, unknownPlaceholders: ['areaCode', 'manager.phone'] });
    const text = await generatedText('CONTRACT', contract.id, contract.id);
    expect(text).toContain(`ДОГОВОР № ${contract.number} с ${CLIENT_PROFILE.fullName}, ИНН 7707083893`);
    expect(text).toContain('— Налоговый учёт и отчётность');
    expect(text).not.toContain('на бухгалтерское обслуживание');
  });

  it('uses a template without unknown placeholders at once; going back to the default brings the shipped text back', async () => {
    const docx = buildDocx([{ text: 'Доверенность {{poa.number}}: {{client.fullName}} уполномочивает {{poa.representative}}' }]);
    const answer = (await (await upload('POA_BANK', docx, owner.token, 'Банк.docx')).json()) as { active: boolean; unknownPlaceholders: string[] };
    expect(answer).toEqual(expect.objectContaining({ active: true, unknownPlaceholders: [] }));
    const downloaded = await http('GET', '/document-templates/POA_BANK');
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(Buffer.from(docx))).toBe(true);

    const reset = (await ok(app, RESET, { kind: 'POA_BANK' }, owner.token)).resetDocumentTemplate;
    expect(reset).toEqual({ kind: 'POA_BANK', uploaded: null });
    const fallback = docxText(Buffer.from(await (await http('GET', '/document-templates/POA_BANK')).arrayBuffer()));
    expect(fallback).toContain('ДОВЕРЕННОСТЬ № {{poa.number}}');
  });

  it('refuses a file that is not a readable template, with the reason', async () => {
    const notDocx = await upload('AMENDMENT', Buffer.from('просто текст'));
    expect(notDocx.status).toBe(400);
    expect(await notDocx.json()).toMatchObject({ code: 'TEMPLATE_INVALID', reasons: [{ code: 'NOT_DOCX', tag: null }] });
    const unclosed = await upload('AMENDMENT', buildDocx([{ text: 'Соглашение {{amendment.number' }]));
    expect(unclosed.status).toBe(400);
    expect(await unclosed.json()).toMatchObject({ code: 'TEMPLATE_INVALID', error: expect.stringContaining('unclosed'), reasons: [{ code: 'UNCLOSED_TAG', tag: 'amendment.number' }] });
    const zip = new PizZip();
    zip.file('hello.txt', 'not word');
    const notWord = await upload('AMENDMENT', zip.generate({ type: 'uint8array' }));
    expect(notWord.status).toBe(400);
    expect(await notWord.json()).toMatchObject({ reasons: [{ code: 'NOT_WORD', tag: null }] });
  });

  it('keeps each firm’s templates to itself; only the owner uploads', async () => {
    const docx = buildDocx([{ text: 'Соглашение фирмы А {{amendment.number}}' }]);
    expect((await upload('AMENDMENT', docx)).status).toBe(201);
    const theirs = Buffer.from(await (await http('GET', '/document-templates/AMENDMENT', other.token)).arrayBuffer());
    expect(docxText(theirs)).not.toContain('фирмы А');
    expect((await ok(app, TEMPLATES, {}, other.token)).documentTemplates.every((s) => s.uploaded === null)).toBe(true);
    expect(errorCode(await gql(app, ACTIVATE, { kind: 'AMENDMENT' }, other.token))).toBe('BAD_USER_INPUT');

    const manager = await addMember(app, owner.token, 'MANAGER');
    expect((await upload('AMENDMENT', docx, manager.token)).status).toBe(403);
    expect((await http('GET', '/document-templates/AMENDMENT', manager.token)).status).toBe(403);
    expect(errorCode(await gql(app, TEMPLATES, {}, manager.token))).toBe('FORBIDDEN');
    expect((await upload('AMENDMENT', docx, null)).status).toBe(401);
  });
});

describe('scanned signed copies', () => {
  it('attaches a PDF to a contract and a PNG to an amendment: listed, downloadable, in the audit log', async () => {
    const { contract } = await clientContract('ООО «Скан»');
    const file = pdf();
    const response = await http('POST', `/documents/scans?ownerType=CONTRACT&ownerId=${contract.id}`, owner.token, file);
    expect(response.status).toBe(201);
    const attached = (await response.json()) as { id: string; scanUrl: string };
    expect((await ok(app, LAST_ENTRY, {}, owner.token)).auditLog.edges[0]!.node.type).toBe('SCAN_ATTACHED');

    const firm = (await ok(app, SIGN, { id: contract.id, version: contract.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } }, owner.token)).signContract;
    await ok(app, SIGN, { id: contract.id, version: firm.version, input: { party: 'CLIENT', signer: 'Иванов И. И.' } }, owner.token);
    const amendment = (await ok(app, AMEND, { input: { contractId: contract.id, price: '26000.00', effectiveFrom: '2026-06-01' } }, owner.token)).createContractAmendment;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    expect((await http('POST', `/documents/scans?ownerType=AMENDMENT&ownerId=${amendment.id}`, owner.token, png)).status).toBe(201);

    const card = (await ok(app, DOCUMENTS, { id: contract.id }, owner.token)).contract;
    expect(card.documents).toEqual(expect.arrayContaining([
      { id: attached.id, source: 'SCAN', status: 'READY', title: `Скан: Договор ${contract.number}`, scanUrl: `/documents/${attached.id}/scan`, scanType: 'application/pdf', scanSize: file.length, docxUrl: null },
    ]));
    expect(card.amendments[0]!.documents).toEqual([expect.objectContaining({ source: 'SCAN', scanUrl: expect.stringMatching(/\/scan$/) })]);

    const download = await http('GET', attached.scanUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent(`Скан: Договор ${contract.number}.pdf`));
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
  });

  it('refuses a file that is not a PDF or an image by its bytes, an oversize one, and a foreign contract', async () => {
    const { contract } = await clientContract('ООО «Не скан»');
    const path = `/documents/scans?ownerType=CONTRACT&ownerId=${contract.id}`;
    const docx = await http('POST', path, owner.token, buildDocx([{ text: 'не скан' }]));
    expect(docx.status).toBe(415);
    expect(await docx.json()).toMatchObject({ code: 'SCAN_TYPE' });
    const huge = await http('POST', path, owner.token, pdf(20 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'SCAN_TOO_LARGE' });
    expect((await http('POST', path, owner.token, Buffer.alloc(0))).status).toBe(400);
    expect((await http('POST', path, other.token, pdf())).status).toBe(404);
    expect((await http('POST', path, null, pdf())).status).toBe(401);
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    expect((await http('POST', path, accountant.token, pdf())).status).toBe(403);
    expect((await ok(app, DOCUMENTS, { id: contract.id }, owner.token)).contract.documents).toEqual([]);
  });

  it('attaches a scan to a power of attorney: listed on it with the download, refused for another firm', async () => {
    const { contract } = await clientContract('ООО «Скан доверенности»');
    const poa = (await ok(app, POA, { input: { contractId: contract.id, kind: 'SOCIAL_FUND', representativeKind: 'FIRM' } }, owner.token)).createPowerOfAttorney;
    const path = `/documents/scans?ownerType=POWER_OF_ATTORNEY&ownerId=${poa.id}`;
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const response = await http('POST', path, owner.token, jpeg);
    expect(response.status).toBe(201);
    const attached = (await response.json()) as { id: string; scanUrl: string };
    const title = `Скан: Доверенность ${poa.number} СФР`;
    expect((await ok(app, POA_GET, { id: poa.id }, owner.token)).powerOfAttorney.documents).toEqual([
      { id: attached.id, source: 'SCAN', title, scanUrl: `/documents/${attached.id}/scan`, scanType: 'image/jpeg', scanSize: jpeg.length },
    ]);
    const download = await http('GET', attached.scanUrl);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await download.arrayBuffer()).equals(jpeg)).toBe(true);

    expect((await http('POST', path, owner.token, buildDocx([{ text: 'не скан' }]))).status).toBe(415);
    expect((await http('POST', path, owner.token, pdf(20 * 1024 * 1024 + 1))).status).toBe(413);
    expect((await http('POST', path, other.token, pdf())).status).toBe(404);
    expect((await http('GET', attached.scanUrl, other.token)).status).toBe(404);
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    expect((await http('POST', path, accountant.token, pdf())).status).toBe(403);
    expect((await ok(app, POA_GET, { id: poa.id }, owner.token)).powerOfAttorney.documents).toHaveLength(1);
  });

  it("does not let another firm download a firm's scan", async () => {
    const { contract } = await clientContract('ООО «Тайна»');
    const attached = (await (await http('POST', `/documents/scans?ownerType=CONTRACT&ownerId=${contract.id}`, owner.token, pdf())).json()) as { scanUrl: string };
    expect((await http('GET', attached.scanUrl, other.token)).status).toBe(404);
    expect((await http('GET', attached.scanUrl, null)).status).toBe(401);
  });
});

describe('the registry as XLSX', () => {
  it('exports the filtered contracts with Russian headers, prices in roubles, dates as dates and the totals', async () => {
    const firm = await signUpFirm(app, 'ООО «Экспорт»');
    const make = async (shortName: string, price: string) => {
      const client = await directClient(shortName, firm.token);
      return (await ok(app, CREATE, { input: { clientId: client.id, price, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, firm.token)).createContract;
    };
    const a = await make('ООО «Альфа»', '12000.50');
    const b = await make('ООО «Бета»', '30000.00');
    await make('ООО «Гамма»', '5000.00');
    const signed = (await ok(app, SIGN, { id: a.id, version: a.version, input: { party: 'FIRM', signer: 'Соколова А. В.', on: '2026-03-10' } }, firm.token)).signContract;
    await ok(app, SIGN, { id: a.id, version: signed.version, input: { party: 'CLIENT', signer: 'Иванов И. И.', on: '2026-03-10' } }, firm.token);
    await ok(app, SIGN, { id: b.id, version: b.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } }, firm.token);

    const filter = encodeURIComponent(JSON.stringify({ statuses: ['SIGNED_BOTH', 'SIGNED_BY_FIRM'] }));
    const response = await http('GET', `/contracts/registry.xlsx?filter=${filter}`, firm.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Реестр договоров')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['№ договора', 'Дата', 'Клиент', 'ИНН', 'Статус', 'Начало обслуживания', 'Подписан фирмой', 'Подписан клиентом', 'Оригинал получен', 'Расторгнут', 'Цена в месяц', 'Менеджер']);
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3].map((n) => sheet.getRow(n));
    expect(rows.map((r) => r.getCell(1).value)).toEqual([b.number, a.number]);
    expect(rows.map((r) => r.getCell(3).value)).toEqual(['ООО «Бета»', 'ООО «Альфа»']);
    expect(rows.map((r) => r.getCell(5).value)).toEqual(['Подписан фирмой', 'Действует']);
    expect(rows.map((r) => r.getCell(11).value)).toEqual([30000, 12000.5]);
    expect(rows[1]!.getCell(11).numFmt).toContain('₽');
    expect(rows[1]!.getCell(2).value).toEqual(new Date('2026-03-10T00:00:00Z'));
    expect(rows[1]!.getCell(8).value).toEqual(new Date('2026-03-10T00:00:00Z'));
    expect(rows[0]!.getCell(8).value).toBeNull();
    const total = sheet.getRow(4);
    expect(total.getCell(1).value).toBe('Итого');
    expect(total.getCell(3).value).toBe('Договоров: 2');
    expect(total.getCell(11).value).toEqual({ formula: 'SUM(K2:K3)', result: 42000.5 });

    const everything = new ExcelJS.Workbook();
    await everything.xlsx.load(await (await http('GET', '/contracts/registry.xlsx', firm.token)).arrayBuffer());
    expect(everything.getWorksheet('Реестр договоров')!.rowCount).toBe(5);

    // another firm's export holds none of these
    const foreign = new ExcelJS.Workbook();
    await foreign.xlsx.load(await (await http('GET', '/contracts/registry.xlsx', other.token)).arrayBuffer());
    const foreignNames = foreign.getWorksheet('Реестр договоров')!.getColumn(3).values;
    expect(foreignNames).not.toContain('ООО «Альфа»');

    expect((await http('GET', `/contracts/registry.xlsx?filter=${encodeURIComponent('{"statuses":["NOPE"]}')}`, firm.token)).status).toBe(400);
    expect((await http('GET', '/contracts/registry.xlsx', null)).status).toBe(401);
  });
});

describe('the uploaded МЧД file', () => {
  it('downloads as uploaded for the firm, not for another firm nor without a token', async () => {
    const name = 'ON_EMCHD_20260310_7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21.xml';
    const xml = readFileSync(new URL(`./testdata/mchd/${name}`, import.meta.url));
    const { lead, run } = await pricedLead('ООО «МЧД»');
    const contract = (await ok(app, CREATE, { input: { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, owner.token)).createContract;
    const poa = (await ok(app, CREATE_POA, { input: { contractId: contract.id, kind: 'TAX', representativeKind: 'FIRM', issueDate: '2026-03-10', machineReadable: true } }, owner.token)).createPowerOfAttorney;
    expect((await http('GET', `/powers-of-attorney/${poa.id}/xml`)).status).toBe(404);
    const uploaded = (await ok(app, UPLOAD_MCHD, { id: poa.id, version: poa.version, fileName: name, contentBase64: xml.toString('base64') }, owner.token)).uploadPowerOfAttorneyXml;
    expect(uploaded.xmlFile).toEqual({ fileName: name, url: `/powers-of-attorney/${poa.id}/xml` });

    const download = await http('GET', uploaded.xmlFile!.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('application/xml');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent(name));
    expect(Buffer.from(await download.arrayBuffer()).equals(xml)).toBe(true);

    expect((await http('GET', uploaded.xmlFile!.url, other.token)).status).toBe(404);
    expect((await http('GET', uploaded.xmlFile!.url, null)).status).toBe(401);
    expect((await http('GET', '/powers-of-attorney/not-a-uuid/xml')).status).toBe(404);
  });
});
