import type { Role } from '../../gql/graphql';

/** Where a role's work is. Owners and managers start on leads, or on the checklist while the firm has none. */
export function landingPath(role: Role, leadCount: number | null): string {
  switch (role) {
    case 'OWNER':
    case 'MANAGER':
      return leadCount === 0 ? '/start' : '/leads';
    case 'COORDINATOR':
      return '/projects';
    default:
      return '/my-tasks';
  }
}

/** Whether the landing needs the firm's lead count before it can decide. */
export function landingNeedsLeadCount(role: Role): boolean {
  return role === 'OWNER' || role === 'MANAGER';
}

export interface FirmFacts {
  leadCount: number;
  /** A draft was opened or a version published beyond the one every firm starts with. */
  tariffTouched: boolean;
  activeUsers: number;
}

export type StepKey = 'addLead' | 'importLeads' | 'checkTariff' | 'inviteColleagues';

export interface StartStep {
  key: StepKey;
  to: string;
  done: boolean;
}

/** The «С чего начать» steps, each ticked from the firm's real data. */
export function startSteps(facts: FirmFacts): StartStep[] {
  return [
    { key: 'addLead', to: '/leads/new', done: facts.leadCount > 0 },
    { key: 'importLeads', to: '/leads?import=1', done: facts.leadCount > 0 },
    { key: 'checkTariff', to: '/tariffs', done: facts.tariffTouched },
    { key: 'inviteColleagues', to: '/team?invite=1', done: facts.activeUsers > 1 },
  ];
}

/** A plan counts as looked after once it has a draft or more than its first version. */
export function tariffTouched(plans: readonly { draft?: unknown; versions: readonly unknown[] }[]): boolean {
  return plans.some((plan) => plan.draft != null || plan.versions.length > 1);
}
