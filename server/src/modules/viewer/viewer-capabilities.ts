import { Field, ObjectType } from 'type-graphql';
import { AUDIT_READERS } from '../audit/audit.policy.js';
import { CONTROL_READERS } from '../clients/client.policy.js';
import type { Role } from '../auth/roles.js';
import { API_TOKEN_MANAGERS, FIRM_SETTINGS_EDITORS, TEAM_MANAGERS } from '../auth/team.policy.js';
import { LEAD_EDITORS, LEAD_FIELD_EDITORS, LEAD_LIST_EDITORS } from '../leads/lead.policy.js';
import { COST_READERS, PRICING_RUN_AUTHORS, TARIFF_EDITORS } from '../pricing/pricing.policy.js';
import { PROJECT_OPENERS, TEMPLATE_EDITORS } from '../projects/project.policy.js';

/**
 * What the caller may do across the firm, read from the same role lists the resolvers'
 * `@Authorized` use, so clients show buttons from the server's rules instead of copying them.
 * Rights on one project or task are on those objects (`viewerCanEdit`, …).
 */
@ObjectType({ description: 'What the caller may do across the firm (rights on one project or task are on it)' })
export class ViewerCapabilities {
  @Field(() => Boolean, { description: 'Create, edit, move and import leads' })
  editLeads!: boolean;

  @Field(() => Boolean, { description: 'Edit lead sources and loss reasons' })
  editLeadLists!: boolean;

  @Field(() => Boolean, { description: "Add and change the lead card's extra fields" })
  editLeadFields!: boolean;

  @Field(() => Boolean, { description: 'Save pricing runs for leads' })
  savePricingRuns!: boolean;

  @Field(() => Boolean, { description: 'Draft and publish tariff versions' })
  editTariffs!: boolean;

  @Field(() => Boolean, { description: 'See cost, margin, remuneration and overhead' })
  seeCost!: boolean;

  @Field(() => Boolean, { description: 'Open projects' })
  createProjects!: boolean;

  @Field(() => Boolean, { description: 'Create and edit project templates' })
  editTemplates!: boolean;

  @Field(() => Boolean, { description: 'Invite people, change roles, deactivate users' })
  manageTeam!: boolean;

  @Field(() => Boolean, { description: 'Create, list and revoke API tokens' })
  manageApiTokens!: boolean;

  @Field(() => Boolean, { description: "Change the firm's settings" })
  editFirmSettings!: boolean;

  @Field(() => Boolean, { description: 'Read the audit trail' })
  viewAudit!: boolean;

  @Field(() => Boolean, { description: 'Open the control view of overdue and due-this-week work (the owner: the firm; heads: their department)' })
  viewObligationControl!: boolean;
}

const RULES: Record<keyof ViewerCapabilities, readonly Role[]> = {
  editLeads: LEAD_EDITORS,
  editLeadLists: LEAD_LIST_EDITORS,
  editLeadFields: LEAD_FIELD_EDITORS,
  savePricingRuns: PRICING_RUN_AUTHORS,
  editTariffs: TARIFF_EDITORS,
  seeCost: COST_READERS,
  createProjects: PROJECT_OPENERS,
  editTemplates: TEMPLATE_EDITORS,
  manageTeam: TEAM_MANAGERS,
  manageApiTokens: API_TOKEN_MANAGERS,
  editFirmSettings: FIRM_SETTINGS_EDITORS,
  viewAudit: AUDIT_READERS,
  viewObligationControl: CONTROL_READERS,
};

export function capabilitiesOf(role: Role): ViewerCapabilities {
  return Object.fromEntries(Object.entries(RULES).map(([name, roles]) => [name, roles.includes(role)])) as unknown as ViewerCapabilities;
}
