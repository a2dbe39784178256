import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/context.js';
import { badInput, conflict, fieldError, notFound } from '../../graphql/errors.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction } from '../events/event-log.js';
import { Lead } from '../leads/lead.entity.js';
import type { LeadService } from '../leads/lead.service.js';
import { STANDARD_2026, STANDARD_2026_NAME } from './engine/demo-tariff.js';
import { computePrice, InvalidTariffError, PricingInputError, type PriceBreakdown, type PricingRequest } from './engine/price.js';
import type { TariffDefinition } from './engine/tariff.js';
import { validateTariff } from './engine/validate-tariff.js';
import { TariffVersionStatus } from './pricing.enums.js';
import { PricingRun } from './pricing-run.entity.js';
import type { LineComparison, PriceQuote, PricingInput } from './pricing.types.js';
import { TariffPlan, TariffVersion } from './tariff.entity.js';
import { batch, groupBy } from '../../graphql/batch.js';
import { readRows } from '../../db/rows.js';

export const PRICING_TOPIC = 'pricing';

/** Gives a new firm the demo plan «Стандарт 2026», published, which it may then edit. */
export function seedTariff(em: EntityManager, firmId: string): void {
  const plan = em.create(TariffPlan, { firm: firmId, name: STANDARD_2026_NAME, isDefault: true });
  em.create(TariffVersion, {
    firm: firmId,
    plan,
    number: 1,
    status: TariffVersionStatus.PUBLISHED,
    definition: structuredClone(STANDARD_2026) as TariffDefinition,
    publishedAt: new Date(),
  });
}

function quoteOf(breakdown: PriceBreakdown, tariffVersionId: string): PriceQuote {
  return { ...breakdown, tariffVersionId } as unknown as PriceQuote;
}

function requestOf(input: PricingInput): PricingRequest {
  return {
    legalForm: input.legalForm,
    taxRegime: input.taxRegime,
    values: input.values.map((v) => ({ key: v.key, number: v.number ?? null, flag: v.flag ?? null, option: v.option ?? null })),
  };
}

/** Tariff plans and their versions, price previews and saved pricing runs. */
export class PricingService {
  constructor(private readonly leads: LeadService) {}

  /** The version to price with: the one asked for, or the current version of the default plan. */
  async versionFor({ em }: Scope, tariffVersionId?: string | null): Promise<TariffVersion> {
    if (tariffVersionId) {
      const version = await em.findOne(TariffVersion, { id: tariffVersionId });
      if (!version) throw fieldError('input.tariffVersionId', 'Unknown tariff version');
      return version;
    }
    const version = await em.findOne(
      TariffVersion,
      { status: TariffVersionStatus.PUBLISHED, plan: { isDefault: true } },
      { orderBy: { number: 'desc' } },
    );
    if (!version) throw fieldError('input.tariffVersionId', 'The firm has no published tariff; publish one first', 'NO_PUBLISHED_TARIFF');
    return version;
  }

  /** Computes a quote without saving anything (the calculator calls it as the user types). */
  async preview(scope: Scope, input: PricingInput): Promise<PriceQuote> {
    const version = await this.versionFor(scope, input.tariffVersionId);
    return quoteOf(this.compute(version.definition, requestOf(input)), version.id);
  }

  private compute(definition: TariffDefinition, request: PricingRequest): PriceBreakdown {
    try {
      return computePrice(definition, request);
    } catch (error) {
      if (error instanceof PricingInputError) throw fieldError(`input.${error.field}`, error.message, 'PRICING_INPUT_INVALID');
      if (error instanceof InvalidTariffError) throw badInput(error.message, error.problems.map((p) => ({ field: `tariff.${p.field}`, message: p.message })));
      throw error;
    }
  }

  /** Saves an immutable run for the lead; the first run moves an early lead to PRICED. */
  async createRun(scope: SignedInScope, leadId: string, input: PricingInput): Promise<PricingRun> {
    const { em, principal } = scope;
    const version = await this.versionFor(scope, input.tariffVersionId);
    if (version.status === TariffVersionStatus.DRAFT) throw fieldError('input.tariffVersionId', 'Publish the draft before saving calculations with it', 'TARIFF_DRAFT');
    const request = requestOf(input);
    const breakdown = this.compute(version.definition, request);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const lead = await tx.em.findOne(Lead, { id: leadId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!lead) throw notFound('Lead');
      const number = (await tx.em.count(PricingRun, { lead })) + 1;
      const run = tx.em.create(PricingRun, {
        firm: principal.firmId,
        lead,
        number,
        tariffVersion: version,
        input: request,
        breakdown,
        price: breakdown.price,
        cost: breakdown.cost,
        margin: breakdown.margin,
        createdBy: principal.userId,
      });
      tx.record({
        topic: PRICING_TOPIC,
        type: 'PRICING_RUN_CREATED',
        subjectType: 'Lead',
        subjectId: lead.id,
        data: { run: number, price: breakdown.price, margin: breakdown.margin, tariffVersion: version.number },
      });
      this.leads.markPriced(tx, lead);
      return run;
    });
  }

  /** The lead's saved runs, newest first; the leads of a list ask together. */
  runs(scope: Scope, leadId: string): Promise<PricingRun[]> {
    return runsOfLeads.load(scope, leadId);
  }

  async run({ em }: Scope, id: string): Promise<PricingRun> {
    const run = await em.findOne(PricingRun, { id });
    if (!run) throw notFound('Pricing run');
    return run;
  }

  quote(run: PricingRun): PriceQuote {
    return quoteOf(run.breakdown, run.tariffVersion.id);
  }

  /** Two runs side by side, line by line, with right − left for every line. */
  compare(left: PricingRun, right: PricingRun): LineComparison[] {
    const keys = [...new Set([...left.breakdown.lines, ...right.breakdown.lines].map((l) => l.key))];
    return keys.map((key) => {
      const l = left.breakdown.lines.find((x) => x.key === key) ?? null;
      const r = right.breakdown.lines.find((x) => x.key === key) ?? null;
      const any = (l ?? r)!;
      return { key, label: any.label, area: any.area, left: l, right: r, difference: (r?.amount ?? 0) - (l?.amount ?? 0) } as LineComparison;
    });
  }

  plans({ em }: Scope): Promise<TariffPlan[]> {
    return readRows(em, TariffPlan, {}, { orderBy: [{ isDefault: 'desc' }, { name: 'asc' }, { id: 'asc' }] });
  }

  versions({ em }: Scope, planId: string): Promise<TariffVersion[]> {
    return em.find(TariffVersion, { plan: planId }, { orderBy: { number: 'desc' } });
  }

  /** The plan's versions, newest first; the plans of a list ask together. */
  versionsOfPlan(scope: Scope, planId: string): Promise<TariffVersion[]> {
    return versionsOfPlans.load(scope, planId);
  }

  async version({ em }: Scope, id: string): Promise<TariffVersion> {
    const version = await em.findOne(TariffVersion, { id });
    if (!version) throw notFound('Tariff version');
    return version;
  }

  /** The plan's open draft, or a new one copied from its newest version. */
  async draft({ em, principal }: SignedInScope, planId: string): Promise<TariffVersion> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const plan = await tx.em.findOne(TariffPlan, { id: planId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!plan) throw notFound('Tariff plan');
      const newest = await tx.em.findOne(TariffVersion, { plan }, { orderBy: { number: 'desc' } });
      if (newest?.status === TariffVersionStatus.DRAFT) return newest;
      const draft = tx.em.create(TariffVersion, {
        firm: principal.firmId,
        plan,
        number: (newest?.number ?? 0) + 1,
        definition: structuredClone(newest?.definition ?? STANDARD_2026) as TariffDefinition,
        createdBy: principal.userId,
      });
      tx.record({ topic: PRICING_TOPIC, type: 'TARIFF_DRAFT_CREATED', subjectType: 'TariffPlan', subjectId: plan.id, data: { plan: plan.name, version: draft.number } });
      return draft;
    });
  }

  /** Replaces a draft's rules; published versions never change. */
  async updateDraft({ em, principal }: SignedInScope, id: string, version: number, definition: TariffDefinition): Promise<TariffVersion> {
    const problems = validateTariff(definition);
    if (problems.length) throw badInput(`Invalid tariff: ${problems.map((p) => `${p.field} — ${p.message}`).join('; ')}`, problems.map((p) => ({ field: `definition.${p.field}`, message: p.message, code: p.code })));
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const draft = await this.lockDraft(tx.em, id, version);
      draft.definition = definition;
      tx.record({ topic: PRICING_TOPIC, type: 'TARIFF_DRAFT_CHANGED', subjectType: 'TariffVersion', subjectId: draft.id, data: { version: draft.number } });
      return draft;
    });
  }

  /** Makes the draft the plan's current version; the previous one stays for the runs that used it. */
  async publish({ em, principal }: SignedInScope, id: string, version: number): Promise<TariffVersion> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const draft = await this.lockDraft(tx.em, id, version);
      const problems = validateTariff(draft.definition);
      if (problems.length) throw badInput('The draft has errors; fix them before publishing', problems.map((p) => ({ field: `definition.${p.field}`, message: p.message, code: p.code })));
      await tx.em.nativeUpdate(TariffVersion, { plan: draft.plan.id, status: TariffVersionStatus.PUBLISHED }, { status: TariffVersionStatus.SUPERSEDED });
      draft.status = TariffVersionStatus.PUBLISHED;
      draft.publishedAt = new Date();
      tx.record({ topic: PRICING_TOPIC, type: 'TARIFF_PUBLISHED', subjectType: 'TariffVersion', subjectId: draft.id, data: { version: draft.number } });
      return draft;
    });
  }

  private async lockDraft(em: EntityManager, id: string, version: number): Promise<TariffVersion> {
    const draft = await em.findOne(TariffVersion, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!draft) throw notFound('Tariff version');
    if (draft.status !== TariffVersionStatus.DRAFT) throw conflict('This version is published and can no longer change; edit a new draft', { currentVersion: draft.version });
    if (draft.version !== version) throw conflict('Someone has changed this draft since you opened it', { currentVersion: draft.version });
    return draft;
  }
}

const runsOfLeads = batch<string, PricingRun[]>({
  load: async ({ em }, leadIds) => groupBy(await readRows(em, PricingRun, { lead: { $in: leadIds } }, { orderBy: [{ number: 'desc' }, { id: 'asc' }] }), (run) => run.lead.id),
  missing: () => [],
});

const versionsOfPlans = batch<string, TariffVersion[]>({
  load: async ({ em }, planIds) => groupBy(await readRows(em, TariffVersion, { plan: { $in: planIds } }, { orderBy: [{ number: 'desc' }, { id: 'asc' }] }), (version) => version.plan.id),
  missing: () => [],
});
