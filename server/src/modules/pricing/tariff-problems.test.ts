import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { errorCode, gql, ok, signUpFirm, startTestApp } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import type { TariffDefinitionInput } from '../../../test/gql/graphql.js';

/** The tariff schema's problems reach the API caller with their field and their stable code. */

const PLANS = graphql(`query TariffProblemsTariffPlans { tariffPlans { id current { definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } } }`);
const UPDATE = graphql(`mutation TariffProblemsUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }`);

let app: App;

beforeAll(async () => {
  app = await startTestApp();
});

describe('updateTariffDraft with a broken tariff', () => {
  it('names every problem by field and code', async () => {
    const firm = await signUpFirm(app, 'ООО «Коды ошибок»');
    const plan = (await ok(app, PLANS, {}, firm.token)).tariffPlans[0]!;
    const draft = (await ok(app, graphql(`mutation TariffProblemsCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id version } }`), { planId: plan.id }, firm.token)).createTariffDraft;
    const definition = structuredClone(plan.current!.definition) as unknown as TariffDefinitionInput & { parameters: { key: string; blockSize: number }[] };
    definition.parameters[0].blockSize = 0;
    definition.parameters[1].key = definition.parameters[0].key;

    const result = await gql(app, UPDATE, { id: draft.id, version: draft.version, definition }, firm.token);

    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = result.errors![0]!.extensions!.fields ?? [];
    expect(fields.map((f) => ({ field: f.field, code: (f as { code?: string }).code }))).toEqual([
      { field: 'definition.parameters[0].blockSize', code: 'TARIFF_TOO_SMALL' },
      { field: 'definition.parameters[1].key', code: 'TARIFF_DUPLICATE' },
    ]);
  });
});
