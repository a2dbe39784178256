import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import type { PricingInput } from '../../../test/gql/graphql.js';

const RUN_INPUT: PricingInput = {
  legalForm: 'ORGANIZATION',
  taxRegime: 'USN_INCOME_MINUS_EXPENSES',
  values: [
    { key: 'employees', number: 12 },
    { key: 'bankOperations', number: 180 },
    { key: 'documents', number: 60 },
    { key: 'bankAccounts', number: 2 },
    { key: 'activityKind', option: 'trade' },
  ],
};

const CREATE_LEAD = graphql(`mutation ContractsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_RUN = graphql(`mutation ContractsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }`);
const CREATE = graphql(`
  mutation ContractsCreate($input: CreateContractInput!) {
    createContract(input: $input) { ...ContractTestFields }
  }
  fragment ContractTestFields on Contract {
    id number version status date startDate price currentPrice serviceAreas paymentTerms
    firmSignedOn firmSigner clientSignedOn clientSigner channel sentOn originalReceivedOn terminatedOn terminationReason
    client { fullName inn kpp signerName authorityBasis }
    manager { id } lead { id companyName } pricingRun { id }
    viewerCanEdit viewerCanSign
  }
`);
const UPDATE = graphql(`mutation ContractsUpdate($id: ID!, $version: Int!, $input: UpdateContractInput!) { updateContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }`);
const SEND = graphql(`mutation ContractsSend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { ...ContractTestFields } }`);
const SIGN = graphql(`mutation ContractsSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }`);
const ORIGINAL = graphql(`mutation ContractsOriginal($id: ID!, $version: Int!, $on: Date) { recordContractOriginal(id: $id, version: $version, on: $on) { ...ContractTestFields } }`);
const TERMINATE = graphql(`mutation ContractsTerminate($id: ID!, $version: Int!, $on: Date!, $reason: String!) { terminateContract(id: $id, version: $version, on: $on, reason: $reason) { ...ContractTestFields } }`);
const GET = graphql(`query ContractsGet($id: ID!) { contract(id: $id) { ...ContractTestFields amendments { id number status price effectiveFrom version } priceHistory { from price amendment { number } } } }`);
const LIST = graphql(`query ContractsList($filter: ContractFilter, $first: Int) { contracts(filter: $filter, first: $first) { totalCount edges { node { id number status currentPrice lead { companyName } manager { name } } } } }`);
const TOTALS = graphql(`query ContractsTotals { contractTotals { active monthlyRevenue awaitingSignature expiringPowersOfAttorney } }`);
const AMEND = graphql(`mutation ContractsAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id number status price effectiveFrom version contract { id number } } }`);
const SIGN_AMENDMENT = graphql(`mutation ContractsSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { id status version } }`);
const LOG = graphql(`query ContractsAuditLog { auditLog(first: 50) { edges { node { type subject { type title } } } } }`);

const clock = new TestClock('2026-03-10T09:00:00Z');
let app: App;
let owner: SignedUpFirm;

async function pricedLead(token: string, companyName = 'ООО «Ромашка»') {
  const lead = (await ok(app, CREATE_LEAD, { input: { lastName: 'Иванов', firstName: 'Иван', legalForm: 'ORGANIZATION', companyName, inn: '7707083893', taxRegime: 'USN_INCOME_MINUS_EXPENSES' } }, token)).createLead;
  const run = (await ok(app, CREATE_RUN, { leadId: lead.id, input: RUN_INPUT }, token)).createPricingRun;
  return { lead, run };
}

async function draft(token = owner.token, extra: { date?: string; companyName?: string } = {}) {
  const { lead, run } = await pricedLead(token, extra.companyName);
  const input = { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES', 'PAYROLL'] as const, paymentTerms: 'до 5 числа текущего месяца', client: { kpp: '773601001', signerName: 'Иванов Иван Иванович' }, ...(extra.date ? { date: extra.date } : {}) };
  return { lead, run, contract: (await ok(app, CREATE, { input: { ...input, serviceAreas: [...input.serviceAreas] } }, token)).createContract };
}

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
});

describe('contract numbers', () => {
  it('concurrent creations get distinct, consecutive numbers of the year; another year starts again', async () => {
    const firm = await signUpFirm(app, 'ООО «Нумерация»');
    const leads = await Promise.all(Array.from({ length: 8 }, (_, i) => pricedLead(firm.token, `ООО «Клиент ${i}»`)));
    const created = await Promise.all(leads.map(({ lead, run }) => ok(app, CREATE, { input: { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, firm.token)));
    const numbers = created.map((c) => c.createContract.number).sort();
    expect(numbers).toEqual(['2026-001', '2026-002', '2026-003', '2026-004', '2026-005', '2026-006', '2026-007', '2026-008']);
    const next = await ok(app, CREATE, { input: { leadId: leads[0]!.lead.id, pricingRunId: leads[0]!.run.id, date: '2027-01-09', startDate: '2027-02-01', serviceAreas: ['TAXES'] } }, firm.token);
    expect(next.createContract.number).toBe('2027-001');
  });

  it('follows the pattern the owner sets', async () => {
    const firm = await signUpFirm(app, 'ООО «Образец»');
    const SETTINGS = graphql(`query ContractsSettings { contractSettings { version contractNumberPattern poaWarningDays } }`);
    const UPDATE_SETTINGS = graphql(`mutation ContractsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version contractNumberPattern } }`);
    const settings = (await ok(app, SETTINGS, {}, firm.token)).contractSettings;
    expect(settings).toMatchObject({ contractNumberPattern: '{YYYY}-{NNN}', poaWarningDays: 30 });
    const bad = await gql(app, UPDATE_SETTINGS, { version: settings.version, input: { contractNumberPattern: 'ББ-{YYYY}' } }, firm.token);
    expect(bad.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'contractNumberPattern', code: 'NUMBER_PATTERN' });
    await ok(app, UPDATE_SETTINGS, { version: settings.version, input: { contractNumberPattern: 'ББ-{YYYY}-{NNN}' } }, firm.token);
    const { contract } = await draft(firm.token);
    expect(contract.number).toBe('ББ-2026-001');
  });
});

describe('a contract from a priced lead', () => {
  it('takes the price of the run, the lead’s company and INN, the creator as manager and the firm’s today as date', async () => {
    const { lead, run, contract } = await draft();
    expect(contract).toMatchObject({
      status: 'DRAFT', date: '2026-03-10', startDate: '2026-04-01', price: run.price, currentPrice: run.price, serviceAreas: ['TAXES', 'PAYROLL'],
      client: { fullName: 'ООО «Ромашка»', inn: '7707083893', kpp: '773601001', signerName: 'Иванов Иван Иванович' },
      manager: { id: owner.userId }, lead: { id: lead.id }, pricingRun: { id: run.id }, viewerCanEdit: true, viewerCanSign: true,
    });
  });

  it('refuses a pricing run of another lead', async () => {
    const a = await pricedLead(owner.token);
    const b = await pricedLead(owner.token);
    const result = await gql(app, CREATE, { input: { leadId: a.lead.id, pricingRunId: b.run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, owner.token);
    expect(result.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'pricingRunId', code: 'RUN_OF_ANOTHER_LEAD' });
  });
});

describe('signatures', () => {
  it('DRAFT → SENT → SIGNED_BY_CLIENT → SIGNED_BOTH, each a dedicated audit entry; then no edits, only amendments', async () => {
    const { contract } = await draft();
    const sent = (await ok(app, SEND, { id: contract.id, version: contract.version }, owner.token)).sendContract;
    expect(sent).toMatchObject({ status: 'SENT', sentOn: '2026-03-10' });
    const byClient = (await ok(app, SIGN, { id: sent.id, version: sent.version, input: { party: 'CLIENT', signer: 'Иванов И. И.', on: '2026-03-11', channel: 'PAPER' } }, owner.token)).signContract;
    expect(byClient).toMatchObject({ status: 'SIGNED_BY_CLIENT', clientSignedOn: '2026-03-11', clientSigner: 'Иванов И. И.', channel: 'PAPER', viewerCanEdit: true });
    const again = await gql(app, SIGN, { id: sent.id, version: byClient.version, input: { party: 'CLIENT', signer: 'Иванов И. И.' } }, owner.token);
    expect(again.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('ALREADY_SIGNED');
    const both = (await ok(app, SIGN, { id: sent.id, version: byClient.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } }, owner.token)).signContract;
    expect(both).toMatchObject({ status: 'SIGNED_BOTH', firmSignedOn: '2026-03-10', firmSigner: 'Соколова А. В.', viewerCanEdit: false, viewerCanSign: true });

    const edit = await gql(app, UPDATE, { id: both.id, version: both.version, input: { paymentTerms: 'иначе' } }, owner.token);
    expect(edit.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('CONTRACT_SIGNED');
    const original = (await ok(app, ORIGINAL, { id: both.id, version: both.version, on: '2026-03-20' }, owner.token)).recordContractOriginal;
    expect(original.originalReceivedOn).toBe('2026-03-20');

    const types = (await ok(app, LOG, {}, owner.token)).auditLog.edges.map((e) => e.node).filter((n) => n.subject?.title === contract.number).map((n) => n.type);
    expect(types).toEqual(['CONTRACT_ORIGINAL_RECEIVED', 'CONTRACT_SIGNED_BY_FIRM', 'CONTRACT_SIGNED_BY_CLIENT', 'CONTRACT_SENT', 'CONTRACT_CREATED']);
  });

  it('a stale version gets CONFLICT; a draft can be edited; a terminated contract cannot be signed', async () => {
    const { contract } = await draft();
    const edited = (await ok(app, UPDATE, { id: contract.id, version: contract.version, input: { serviceAreas: ['TAXES'], paymentTerms: 'до 10 числа' } }, owner.token)).updateContract;
    expect(edited).toMatchObject({ serviceAreas: ['TAXES'], paymentTerms: 'до 10 числа' });
    expect(errorCode(await gql(app, UPDATE, { id: contract.id, version: contract.version, input: { paymentTerms: 'x' } }, owner.token))).toBe('CONFLICT');
    const ended = (await ok(app, TERMINATE, { id: contract.id, version: edited.version, on: '2026-03-15', reason: 'Клиент передумал' }, owner.token)).terminateContract;
    expect(ended).toMatchObject({ status: 'TERMINATED', terminatedOn: '2026-03-15', terminationReason: 'Клиент передумал', viewerCanSign: false });
    const sign = await gql(app, SIGN, { id: contract.id, version: ended.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } }, owner.token);
    expect(sign.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('CONTRACT_TERMINATED');
  });
});

describe('amendments and the price history', () => {
  it('only a contract signed by both is amended; a signed amendment changes the price from its date', async () => {
    const { lead, contract } = await draft();
    const newRun = (await ok(app, CREATE_RUN, { leadId: lead.id, input: { ...RUN_INPUT, values: [{ key: 'employees', number: 30 }] } }, owner.token)).createPricingRun;
    const early = await gql(app, AMEND, { input: { contractId: contract.id, pricingRunId: newRun.id, effectiveFrom: '2026-05-01' } }, owner.token);
    expect(early.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('CONTRACT_NOT_SIGNED');

    const byFirm = (await ok(app, SIGN, { id: contract.id, version: contract.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } }, owner.token)).signContract;
    await ok(app, SIGN, { id: contract.id, version: byFirm.version, input: { party: 'CLIENT', signer: 'Иванов И. И.', channel: 'EDO' } }, owner.token);
    const amendment = (await ok(app, AMEND, { input: { contractId: contract.id, pricingRunId: newRun.id, effectiveFrom: '2026-05-01' } }, owner.token)).createContractAmendment;
    expect(amendment).toMatchObject({ number: '1', status: 'DRAFT', price: newRun.price, effectiveFrom: '2026-05-01', contract: { number: contract.number } });

    // unsigned, it does not change the price
    let card = (await ok(app, GET, { id: contract.id }, owner.token)).contract;
    expect(card.priceHistory).toEqual([{ from: '2026-04-01', price: contract.price, amendment: null }]);

    const half = (await ok(app, SIGN_AMENDMENT, { id: amendment.id, version: amendment.version, input: { party: 'CLIENT', signer: 'Иванов И. И.' } }, owner.token)).signContractAmendment;
    await ok(app, SIGN_AMENDMENT, { id: amendment.id, version: half.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } }, owner.token);
    card = (await ok(app, GET, { id: contract.id }, owner.token)).contract;
    expect(card.amendments.map((a) => [a.number, a.status])).toEqual([['1', 'SIGNED_BOTH']]);
    expect(card.priceHistory).toEqual([
      { from: '2026-04-01', price: contract.price, amendment: null },
      { from: '2026-05-01', price: newRun.price, amendment: { number: '1' } },
    ]);
    expect(card.currentPrice).toBe(contract.price);
    clock.set('2026-05-01T08:00:00Z');
    try {
      expect((await ok(app, GET, { id: contract.id }, owner.token)).contract.currentPrice).toBe(newRun.price);
    } finally {
      clock.set('2026-03-10T09:00:00Z');
    }
    const second = (await ok(app, AMEND, { input: { contractId: contract.id, pricingRunId: newRun.id, effectiveFrom: '2026-06-01' } }, owner.token)).createContractAmendment;
    expect(second.number).toBe('2');
  });
});

describe('the registry', () => {
  it('filters by status and adds up the active contracts', async () => {
    const firm = await signUpFirm(app, 'ООО «Реестр»');
    const a = await draft(firm.token, { companyName: 'ООО «Альфа»' });
    const b = await draft(firm.token, { companyName: 'ООО «Бета»' });
    const signed = (await ok(app, SIGN, { id: a.contract.id, version: a.contract.version, input: { party: 'FIRM', signer: 'Директор' } }, firm.token)).signContract;
    await ok(app, SIGN, { id: a.contract.id, version: signed.version, input: { party: 'CLIENT', signer: 'Клиент' } }, firm.token);
    await ok(app, SEND, { id: b.contract.id, version: b.contract.version }, firm.token);
    const active = (await ok(app, LIST, { filter: { statuses: ['SIGNED_BOTH'] } }, firm.token)).contracts;
    expect(active.totalCount).toBe(1);
    expect(active.edges[0]!.node).toMatchObject({ number: a.contract.number, status: 'SIGNED_BOTH', lead: { companyName: 'ООО «Альфа»' } });
    const waiting = (await ok(app, LIST, { filter: { statuses: ['SENT', 'SIGNED_BY_FIRM', 'SIGNED_BY_CLIENT'] } }, firm.token)).contracts;
    expect(waiting.edges.map((e) => e.node.lead?.companyName)).toEqual(['ООО «Бета»']);
    expect((await ok(app, LIST, { filter: { search: 'бета' } }, firm.token)).contracts.totalCount).toBe(1);
    expect((await ok(app, TOTALS, {}, firm.token)).contractTotals).toEqual({ active: 1, monthlyRevenue: a.contract.price, awaitingSignature: 1, expiringPowersOfAttorney: 0 });
  });
});

describe('the registry by signature age and period', () => {
  it('finds contracts unsigned for more than N days (counted from sending, or from their date) and those dated in a period', async () => {
    const firm = await signUpFirm(app, 'ООО «Сроки подписания»');
    // today is 2026-03-10 on the test clock
    const draftOnly = (await draft(firm.token, { companyName: 'ООО «Черновик»', date: '2026-03-01' })).contract;
    const sent = (await draft(firm.token, { companyName: 'ООО «Отправлен»', date: '2026-03-04' })).contract;
    await ok(app, SEND, { id: sent.id, version: sent.version, on: '2026-03-05' }, firm.token);
    const both = (await draft(firm.token, { companyName: 'ООО «Подписан»', date: '2026-02-01' })).contract;
    const firmSigned = (await ok(app, SIGN, { id: both.id, version: both.version, input: { party: 'FIRM', signer: 'Директор' } }, firm.token)).signContract;
    await ok(app, SIGN, { id: both.id, version: firmSigned.version, input: { party: 'CLIENT', signer: 'Клиент' } }, firm.token);
    const half = (await draft(firm.token, { companyName: 'ООО «Наполовину»', date: '2026-02-20' })).contract;
    await ok(app, SIGN, { id: half.id, version: half.version, input: { party: 'FIRM', signer: 'Директор' } }, firm.token);

    const names = async (filter: Record<string, unknown>) =>
      (await ok(app, LIST, { filter }, firm.token)).contracts.edges.map((e) => e.node.lead?.companyName).sort();
    expect(await names({ unsignedForDays: 7 })).toEqual(['ООО «Наполовину»', 'ООО «Черновик»']);
    // sent 5 days ago: not more than 5
    expect(await names({ unsignedForDays: 5 })).toEqual(['ООО «Наполовину»', 'ООО «Черновик»']);
    expect(await names({ unsignedForDays: 4 })).toEqual(['ООО «Наполовину»', 'ООО «Отправлен»', 'ООО «Черновик»']);
    expect(await names({ dateFrom: '2026-02-15', dateTo: '2026-03-04' })).toEqual(['ООО «Наполовину»', 'ООО «Отправлен»', 'ООО «Черновик»']);
    expect(await names({ dateTo: '2026-02-01' })).toEqual(['ООО «Подписан»']);
  });
});

describe('roles and tenancy', () => {
  it('an accountant reads the registry but drafts and signs nothing', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const { lead, run, contract } = await draft();
    expect(errorCode(await gql(app, CREATE, { input: { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, accountant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, SIGN, { id: contract.id, version: contract.version, input: { party: 'FIRM', signer: 'x' } }, accountant.token))).toBe('FORBIDDEN');
    const seen = (await ok(app, GET, { id: contract.id }, accountant.token)).contract;
    expect(seen).toMatchObject({ number: contract.number, viewerCanEdit: false, viewerCanSign: false });
  });

  it("another firm neither sees nor changes the firm's contracts, and cannot use its leads", async () => {
    const other = await signUpFirm(app, 'ООО «Чужая»');
    const { lead, run, contract } = await draft();
    expect(errorCode(await gql(app, GET, { id: contract.id }, other.token))).toBe('NOT_FOUND');
    expect((await ok(app, LIST, {}, other.token)).contracts.totalCount).toBe(0);
    expect(errorCode(await gql(app, SIGN, { id: contract.id, version: contract.version, input: { party: 'FIRM', signer: 'x' } }, other.token))).toBe('NOT_FOUND');
    const stolen = await gql(app, CREATE, { input: { leadId: lead.id, pricingRunId: run.id, startDate: '2026-04-01', serviceAreas: ['TAXES'] } }, other.token);
    expect(stolen.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('leadId');
  });
});
