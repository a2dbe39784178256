import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type GraphQLResult } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';

const CAPABILITIES = graphql(`query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit viewObligationControl } }`);

type Capability =
  | 'editLeads' | 'editLeadLists' | 'editLeadFields' | 'savePricingRuns' | 'editTariffs' | 'seeCost'
  | 'createProjects' | 'editTemplates' | 'manageTeam' | 'manageApiTokens' | 'editFirmSettings' | 'viewAudit' | 'viewObligationControl';

// written out by hand: the README's rights per role, not a copy of the policy files
const EXPECTED: Record<string, Capability[]> = {
  OWNER: ['editLeads', 'editLeadLists', 'editLeadFields', 'savePricingRuns', 'editTariffs', 'seeCost', 'createProjects', 'editTemplates', 'manageTeam', 'manageApiTokens', 'editFirmSettings', 'viewAudit', 'viewObligationControl'],
  MANAGER: ['editLeads', 'editLeadLists', 'savePricingRuns', 'editTariffs', 'seeCost', 'createProjects'],
  COORDINATOR: ['editLeads', 'savePricingRuns', 'createProjects', 'editTemplates'],
  HEAD: ['editLeads', 'savePricingRuns', 'seeCost', 'createProjects', 'editTemplates', 'viewObligationControl'],
  ACCOUNTANT: [],
};

const missing = () => randomUUID();

/**
 * One operation per capability whose rights check runs before anything else: with the capability
 * it fails later (not found, bad input) or succeeds; without it, FORBIDDEN. Ids are random and
 * inputs invalid where possible so that probing changes nothing.
 */
const PROBES: Record<Capability, (app: App, token: string) => Promise<boolean>> = {
  editLeads: async (app, token) => allowed(await gql(app, graphql(`mutation ViewerCapabilitiesMoveLeadStage($id: ID!) { moveLeadStage(id: $id, version: 1, stage: CONTACTED) { id } }`), { id: missing() }, token)),
  editLeadLists: async (app, token) => allowed(await gql(app, graphql(`mutation ViewerCapabilitiesCreateLeadSource { createLeadSource(input: { name: "" }) { id } }`), {}, token)),
  editLeadFields: async (app, token) =>
    allowed(await gql(app, graphql(`mutation ViewerCapabilitiesUpdateLeadField($id: ID!) { updateLeadField(id: $id, input: { key: "x", label: "X", type: TEXT }) { id } }`), { id: missing() }, token)),
  savePricingRuns: async (app, token) =>
    allowed(await gql(app, graphql(`mutation ViewerCapabilitiesCreatePricingRun($id: ID!) { createPricingRun(leadId: $id, input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { id } }`), { id: missing() }, token)),
  editTariffs: async (app, token) => allowed(await gql(app, graphql(`mutation ViewerCapabilitiesCreateTariffDraft($id: ID!) { createTariffDraft(planId: $id) { id } }`), { id: missing() }, token)),
  seeCost: async (app, token) => {
    const quote = await ok(app, graphql(`query ViewerCapabilitiesPreviewPrice { previewPrice(input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { cost margin } }`), {}, token);
    return quote.previewPrice.cost !== null;
  },
  createProjects: async (app, token) => allowed(await gql(app, graphql(`mutation ViewerCapabilitiesCreateProject { createProject(input: { name: "" }) { id } }`), {}, token)),
  editTemplates: async (app, token) =>
    allowed(await gql(app, graphql(`mutation ViewerCapabilitiesUpdateProjectTemplate($id: ID!) { updateProjectTemplate(id: $id, version: 1, input: { name: "Шаблон", tasks: [] }) { id } }`), { id: missing() }, token)),
  manageTeam: async (app, token) => allowed(await gql(app, graphql(`mutation ViewerCapabilitiesDeactivateUser($id: ID!) { deactivateUser(userId: $id) { id } }`), { id: missing() }, token)),
  manageApiTokens: async (app, token) => allowed(await gql(app, graphql(`mutation ViewerCapabilitiesRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }`), { id: missing() }, token)),
  editFirmSettings: async (app, token) => allowed(await gql(app, graphql(`mutation ViewerCapabilitiesUpdateFirmSettings { updateFirmSettings(input: { timeZone: "Nowhere/Never" }) { id } }`), {}, token)),
  viewAudit: async (app, token) => allowed(await gql(app, graphql(`query ViewerCapabilitiesAuditLog { auditLog(first: 1) { edges { node { id } } } }`), {}, token)),
  viewObligationControl: async (app, token) => allowed(await gql(app, graphql(`query ViewerCapabilitiesObligationControl { obligationControl(first: 1) { overdue } }`), {}, token)),
};

function allowed(result: GraphQLResult): boolean {
  const code = errorCode(result);
  if (code === 'UNAUTHENTICATED' || code === 'GRAPHQL_VALIDATION_FAILED') throw new Error(`probe is broken: ${JSON.stringify(result.errors)}`);
  return code !== 'FORBIDDEN';
}

let app: App;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  const owner = await signUpFirm(app);
  tokens.OWNER = owner.token;
  for (const [role, department] of [['MANAGER', null], ['COORDINATOR', null], ['HEAD', 'TAX'], ['ACCOUNTANT', 'TAX']] as const) {
    tokens[role] = (await addMember(app, owner.token, role, department)).token;
  }
});

describe('viewerCan: what the caller may do across the firm', () => {
  it.each(Object.keys(EXPECTED))('a %s gets the capabilities of the role', async (role) => {
    const { viewerCan } = await ok(app, CAPABILITIES, {}, tokens[role]);
    const granted = Object.entries(viewerCan).filter(([, may]) => may).map(([name]) => name);
    expect(granted.sort()).toEqual([...EXPECTED[role]!].sort());
  });

  it.each(Object.keys(EXPECTED))('for a %s, each capability agrees with what the API allows', async (role) => {
    const { viewerCan } = await ok(app, CAPABILITIES, {}, tokens[role]);
    const answered: Record<string, boolean> = {};
    for (const [name, probe] of Object.entries(PROBES)) answered[name] = await probe(app, tokens[role]!);
    expect(answered).toEqual(viewerCan);
  });

  it('needs a signed-in caller', async () => {
    expect(errorCode(await gql(app, CAPABILITIES))).toBe('UNAUTHENTICATED');
  });
});
