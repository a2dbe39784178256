import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import type { LeadInput, PricingInput, TariffDefinitionInput } from '../../../test/gql/graphql.js';

graphql(`fragment PricingQuote on PriceQuote { lines { key label value rule amount area } price cost margin marginPercent remuneration { area amount } overhead tariffVersionId }`);
const PREVIEW = graphql(`query PricingPreviewPrice($input: PricingInput!) { previewPrice(input: $input) { ...PricingQuote } }`);
const CREATE_RUN = graphql(`mutation PricingCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id number price cost margin createdBy { id } tariffVersion { id number status } quote { ...PricingQuote } lead { id stage } } }`);
const PLANS = graphql(`query PricingTariffPlans { tariffPlans { id name isDefault current { id number version definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } draft { id } } }`);

/** The worked example of pricing.md. */
const WORKED_EXAMPLE: PricingInput = {
  legalForm: 'ORGANIZATION',
  taxRegime: 'USN_INCOME_MINUS_EXPENSES',
  values: [
    { key: 'employees', number: 12 },
    { key: 'bankOperations', number: 180 },
    { key: 'documents', number: 60 },
    { key: 'bankAccounts', number: 2 },
    { key: 'vatPayer', flag: false },
    { key: 'foreignTrade', flag: false },
    { key: 'divisions', number: 0 },
    { key: 'activityKind', option: 'trade' },
  ],
};

let app: App;
let owner: SignedUpFirm;

async function newLead(token: string, companyName = 'ООО «Торговый дом»') {
  const input: LeadInput = { lastName: 'Петров', firstName: 'Иван', legalForm: 'ORGANIZATION', companyName, taxRegime: 'USN_INCOME_MINUS_EXPENSES' };
  return (await ok(app, graphql(`mutation PricingCreateLead($input: LeadInput!) { createLead(input: $input) { id stage version } }`), { input }, token)).createLead;
}

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

describe('the demo tariff «Стандарт 2026» prices the worked example to the kopeck', () => {
  it('previewPrice gives 30 360 ₽, cost 14 721 ₽ and margin 15 639 ₽ (51.51 %)', async () => {
    const quote = (await ok(app, PREVIEW, { input: WORKED_EXAMPLE }, owner.token)).previewPrice;
    expect(quote.lines.map((l) => [l.key, l.amount, l.area])).toEqual([
      ['base', '16500.00', 'TAXES'],
      ['employees', '6160.00', 'PAYROLL'],
      ['bankOperations', '4950.00', 'PRIMARY_DOCUMENTS'],
      ['documents', '1650.00', 'PRIMARY_DOCUMENTS'],
      ['bankAccounts', '1100.00', 'PRIMARY_DOCUMENTS'],
    ]);
    expect(quote).toMatchObject({
      price: '30360.00',
      cost: '14721.00',
      margin: '15639.00',
      marginPercent: '51.51',
      overhead: '3036.00',
      remuneration: [
        { area: 'TAXES', amount: '5775.00' },
        { area: 'PAYROLL', amount: '3600.00' },
        { area: 'PRIMARY_DOCUMENTS', amount: '2310.00' },
      ],
    });
    expect(quote.lines[2].rule).toContain('3 блока');
  });

  it('a saved run keeps the breakdown, its tariff version and who ran it, and moves the lead to PRICED', async () => {
    const lead = await newLead(owner.token);
    expect(lead.stage).toBe('NEW');
    const run = (await ok(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, owner.token)).createPricingRun;
    expect(run).toMatchObject({ number: 1, price: '30360.00', cost: '14721.00', margin: '15639.00', createdBy: { id: owner.userId }, tariffVersion: { number: 1, status: 'PUBLISHED' }, lead: { stage: 'PRICED' } });
    const second = (await ok(app, CREATE_RUN, { leadId: lead.id, input: { ...WORKED_EXAMPLE, values: [{ key: 'employees', number: 3 }] } }, owner.token)).createPricingRun;
    expect(second.number).toBe(2);
    const runs = (await ok(app, graphql(`query PricingPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { number price } }`), { leadId: lead.id }, owner.token)).pricingRuns;
    expect(runs.map((r) => r.number)).toEqual([2, 1]);

    const compared = (await ok(app, graphql(`query PricingComparePricingRuns($l: ID!, $r: ID!) { comparePricingRuns(leftId: $l, rightId: $r) { priceDifference lines { key difference left { amount } right { amount } } } }`), { l: run.id, r: second.id }, owner.token)).comparePricingRuns;
    expect(compared.lines.find((l) => l.key === 'employees')).toEqual({ key: 'employees', difference: '-6160.00', left: { amount: '6160.00' }, right: null });
    expect(compared.priceDifference).toBe(String((Number(second.price) - 30360).toFixed(2)));

    const history = (await ok(app, graphql(`query PricingLead($id: ID!) { lead(id: $id) { stage history { type } } }`), { id: lead.id }, owner.token)).lead;
    expect(history.stage).toBe('PRICED');
    expect(history.history.map((h) => h.type)).toEqual(['LEAD_CREATED', 'PRICING_RUN_CREATED', 'LEAD_STAGE_CHANGED', 'PRICING_RUN_CREATED']);
  });
});

describe('inputs that make no sense are refused, naming the field', () => {
  it.each<[string, Partial<PricingInput>, string]>([
    ['a negative count', { values: [{ key: 'employees', number: -1 }] }, 'input.values.employees'],
    ['a choice not in the list', { values: [{ key: 'activityKind', option: 'mining' }] }, 'input.values.activityKind'],
    ['an unknown parameter', { values: [{ key: 'yachts', number: 1 }] }, 'input.values.yachts'],
    ['a flag given for a number', { values: [{ key: 'employees', flag: true }] }, 'input.values.employees'],
    ['a patent for an organization', { taxRegime: 'PSN' }, 'input.taxRegime'],
    ['professional income tax for an organization', { taxRegime: 'NPD' }, 'input.taxRegime'],
  ])('%s', async (_label, change, field) => {
    const result = await gql(app, PREVIEW, { input: { ...WORKED_EXAMPLE, ...change } }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields!.map((f) => f.field)).toEqual([field]);
  });

  it('a refused run saves nothing and leaves the lead as it was', async () => {
    const lead = await newLead(owner.token, 'ООО «Отказ»');
    const result = await gql(app, CREATE_RUN, { leadId: lead.id, input: { ...WORKED_EXAMPLE, taxRegime: 'PSN' } }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const after = (await ok(app, graphql(`query PricingLead2($id: ID!) { lead(id: $id) { stage pricingRuns { id } } }`), { id: lead.id }, owner.token)).lead;
    expect(after).toEqual({ stage: 'NEW', pricingRuns: [] });
  });
});

describe('tariff versions', () => {
  it('editing makes a new draft; publishing it leaves earlier runs on the version they used', async () => {
    const firm = await signUpFirm(app, 'ООО «Тарифы»');
    const plan = (await ok(app, PLANS, {}, firm.token)).tariffPlans[0]!;
    expect(plan).toMatchObject({ name: 'Стандарт 2026', isDefault: true, draft: null });
    const lead = await newLead(firm.token);
    const before = (await ok(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, firm.token)).createPricingRun;

    const draft = (await ok(app, graphql(`mutation PricingCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id number status version } }`), { planId: plan.id }, firm.token)).createTariffDraft;
    expect(draft).toMatchObject({ number: 2, status: 'DRAFT' });
    const definition = structuredClone(plan.current!.definition) as unknown as TariffDefinitionInput & { basePrices: { legalForm: string; taxRegime: string; amount: string }[]; parameters: { blockSize: number }[] };
    definition.basePrices.find((b) => b.legalForm === 'ORGANIZATION' && b.taxRegime === 'USN_INCOME_MINUS_EXPENSES')!.amount = '20000.00';
    const saved = (await ok(app, graphql(`mutation PricingUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id version } }`), { id: draft.id, version: draft.version, definition }, firm.token)).updateTariffDraft;

    // a draft cannot price saved runs, but can be previewed
    expect(errorCode(await gql(app, CREATE_RUN, { leadId: lead.id, input: { ...WORKED_EXAMPLE, tariffVersionId: draft.id } }, firm.token))).toBe('BAD_USER_INPUT');
    const draftQuote = (await ok(app, PREVIEW, { input: { ...WORKED_EXAMPLE, tariffVersionId: draft.id } }, firm.token)).previewPrice;
    expect(draftQuote.price).toBe('35860.00');

    await ok(app, graphql(`mutation PricingPublishTariffVersion($id: ID!, $version: Int!) { publishTariffVersion(id: $id, version: $version) { status } }`), { id: draft.id, version: saved.version }, firm.token);
    const after = (await ok(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, firm.token)).createPricingRun;
    expect(after).toMatchObject({ price: '35860.00', tariffVersion: { number: 2, status: 'PUBLISHED' } });

    const old = (await ok(app, graphql(`query PricingPricingRun($id: ID!) { pricingRun(id: $id) { price tariffVersion { number status definition { basePrices { legalForm taxRegime amount } } } } }`), { id: before.id }, firm.token)).pricingRun;
    expect(old.price).toBe('30360.00');
    expect(old.tariffVersion.status).toBe('SUPERSEDED');
    expect(old.tariffVersion.definition.basePrices).toContainEqual({ legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME_MINUS_EXPENSES', amount: '15000.00' });

    // a published version cannot be edited any more
    const frozen = await gql(app, graphql(`mutation PricingUpdateTariffDraft2($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }`), { id: before.tariffVersion.id, version: 1, definition }, firm.token);
    expect(errorCode(frozen)).toBe('CONFLICT');
  });

  it('refuses an invalid tariff with field details', async () => {
    const firm = await signUpFirm(app, 'ООО «Ошибки»');
    const plan = (await ok(app, PLANS, {}, firm.token)).tariffPlans[0]!;
    const draft = (await ok(app, graphql(`mutation PricingCreateTariffDraft2($planId: ID!) { createTariffDraft(planId: $planId) { id version } }`), { planId: plan.id }, firm.token)).createTariffDraft;
    const definition = structuredClone(plan.current!.definition) as unknown as TariffDefinitionInput & { basePrices: { legalForm: string; taxRegime: string; amount: string }[]; parameters: { blockSize: number }[] };
    definition.parameters[0]!.blockSize = 0;
    const result = await gql(app, graphql(`mutation PricingUpdateTariffDraft2($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }`), { id: draft.id, version: draft.version, definition }, firm.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields![0]!.field).toMatch(/^definition\.parameters/);
  });

  it('an accountant cannot edit tariffs or save runs', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const plan = (await ok(app, PLANS, {}, owner.token)).tariffPlans[0];
    expect(errorCode(await gql(app, graphql(`mutation PricingCreateTariffDraft3($planId: ID!) { createTariffDraft(planId: $planId) { id } }`), { planId: plan.id }, accountant.token))).toBe('FORBIDDEN');
    const lead = await newLead(owner.token, 'ООО «Доступ»');
    expect(errorCode(await gql(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, accountant.token))).toBe('FORBIDDEN');
    expect((await ok(app, PREVIEW, { input: WORKED_EXAMPLE }, accountant.token)).previewPrice.price).toBe('30360.00');
  });
});

describe('tenancy', () => {
  it("firm B sees none of firm A's plans or runs and cannot price with A's tariff", async () => {
    const lead = await newLead(owner.token, 'ООО «Секрет»');
    const run = (await ok(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, owner.token)).createPricingRun;
    const other = await signUpFirm(app, 'ООО «Другая»');
    const theirPlans = (await ok(app, graphql(`query PricingTariffPlans2 { tariffPlans { id current { id } } }`), {}, other.token)).tariffPlans;
    expect(theirPlans.map((p) => p.current?.id)).not.toContain(run.tariffVersion.id);
    expect(errorCode(await gql(app, graphql(`query PricingPricingRun2($id: ID!) { pricingRun(id: $id) { id } }`), { id: run.id }, other.token))).toBe('NOT_FOUND');
    expect((await ok(app, graphql(`query PricingPricingRuns2($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }`), { leadId: lead.id }, other.token)).pricingRuns).toEqual([]);
    expect(errorCode(await gql(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, PREVIEW, { input: { ...WORKED_EXAMPLE, tariffVersionId: run.tariffVersion.id } }, other.token))).toBe('BAD_USER_INPUT');
  });
});

describe('cost, margin and pay are read only by owners, managers and heads', () => {
  const COMPARE = graphql(`query PricingComparePricingRuns2($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { priceDifference costDifference marginDifference left { cost margin } } }`);
  const RUNS = graphql(`query PricingPricingRuns3($leadId: ID!) { pricingRuns(leadId: $leadId) { id price cost margin quote { price cost margin marginPercent remuneration { area amount } overhead } } }`);
  const HISTORY = graphql(`query PricingLead3($id: ID!) { lead(id: $id) { history { type changes } } }`);
  // the lead's timeline shows the saved run as a key change, read and live
  const TIMELINE = `query PricingTimeline($leadId: ID!) { timeline(leadId: $leadId, first: 50) { edges { node { change { type changes fieldChanges { field from to } } } } } }`;
  const LIVE_TIMELINE = `subscription PricingTimelineLive($leadId: ID!, $after: ID) { timelineEvents(leadId: $leadId, after: $after) { item { change { type changes fieldChanges { field from to } } } } }`;
  const LAST_EVENT = `query PricingLastEvent { auditLog(first: 1) { edges { node { id } } } }`;

  it.each([
    ['ACCOUNTANT', 'TAX', false],
    ['COORDINATOR', null, false],
    ['MANAGER', null, true],
    ['HEAD', 'PAYROLL', true],
  ] as const)('a %s %s', async (role, department, sees) => {
    const member = await addMember(app, owner.token, role, department);
    const start = (await ok(app, LAST_EVENT, {}, owner.token)).auditLog.edges[0].node.id;
    const lead = await newLead(owner.token);
    const first = (await ok(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, owner.token)).createPricingRun;
    const second = (await ok(app, CREATE_RUN, { leadId: lead.id, input: WORKED_EXAMPLE }, owner.token)).createPricingRun;

    const preview = (await ok(app, PREVIEW, { input: WORKED_EXAMPLE }, member.token)).previewPrice;
    const runs = (await ok(app, RUNS, { leadId: lead.id }, member.token)).pricingRuns;
    const compared = (await ok(app, COMPARE, { left: first.id, right: second.id }, member.token)).comparePricingRuns;
    const plans = (await ok(app, PLANS, {}, member.token)).tariffPlans;
    const history = (await ok(app, HISTORY, { id: lead.id }, member.token)).lead.history;
    const priced = history.find((e) => e.type === 'PRICING_RUN_CREATED')!.changes!;
    const timeline = (await ok(app, TIMELINE, { leadId: lead.id }, member.token)).timeline.edges.map((e: { node: unknown }) => e.node);
    const onTimeline = timeline.filter((n: { change: { type: string } | null }) => n.change?.type === 'PRICING_RUN_CREATED');
    expect(onTimeline).toHaveLength(2);
    const live = new Subscriber(app, member.token, LIVE_TIMELINE, { leadId: lead.id, after: start });
    let liveRuns: unknown[] = [];
    for (let n = 1; liveRuns.length < 2; n++) liveRuns = (await live.waitFor(n)).filter((e) => e.timelineEvents.item?.change?.type === 'PRICING_RUN_CREATED');
    await live.dispose();

    expect(preview.price).toBe('30360.00');
    expect(runs[0]!.price).toBe('30360.00');
    expect(compared.priceDifference).toBe('0.00');
    // «Стандарт 2026» of shared/domain/pricing.md
    expect(plans[0]!.current!.definition.parameters.map((p) => p.key)).toEqual(['employees', 'bankOperations', 'documents', 'bankAccounts', 'vatPayer', 'foreignTrade', 'divisions', 'activityKind']);
    expect(priced.price).toBeDefined();
    if (sees) {
      expect(preview).toMatchObject({ cost: '14721.00', margin: '15639.00', marginPercent: '51.51', overhead: '3036.00' });
      expect(preview.remuneration).toHaveLength(3);
      expect(runs[0]).toMatchObject({ cost: '14721.00', margin: '15639.00', quote: { cost: '14721.00', overhead: '3036.00' } });
      expect(compared).toMatchObject({ costDifference: '0.00', marginDifference: '0.00', left: { cost: '14721.00', margin: '15639.00' } });
      // one pay rule per service area: taxes, payroll, primary documents
      expect(plans[0]!.current!.definition.remuneration).toHaveLength(3);
      expect(plans[0]!.current!.definition.overhead).not.toBeNull();
      expect(priced.margin).toBeDefined();
      expect(JSON.stringify({ onTimeline, liveRuns })).toContain('15639');
    } else {
      expect(preview).toMatchObject({ cost: null, margin: null, marginPercent: null, remuneration: null, overhead: null });
      expect(runs[0]).toMatchObject({ cost: null, margin: null, quote: { cost: null, margin: null, marginPercent: null, remuneration: null, overhead: null } });
      expect(compared).toMatchObject({ costDifference: null, marginDifference: null, left: { cost: null, margin: null } });
      expect(plans[0]!.current!.definition).toMatchObject({ remuneration: null, overhead: null });
      expect(priced).not.toHaveProperty('margin');
      expect(JSON.stringify({ preview, runs, compared, history, timeline, liveRuns })).not.toContain('15639');
    }
  });
});
