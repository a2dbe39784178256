import type { MiddlewareFn } from 'type-graphql';
import type { Context, Principal } from '../../graphql/context.js';
import { COST_READERS } from './pricing.policy.js';

export function seesCost(principal: Principal | null): boolean {
  return !!principal && COST_READERS.includes(principal.role);
}

/** On a nullable field: null for callers who may not see cost, so lists still answer. */
export const CostField: MiddlewareFn<Context> = async ({ context }, next) => (seesCost(context.scope.principal) ? next() : null);

/** Event data as a caller may read it (a lead's history carries a saved run's margin). */
export function eventDataFor(principal: Principal | null, data: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!data || seesCost(principal)) return data;
  const { cost: _cost, margin: _margin, marginPercent: _marginPercent, ...rest } = data;
  return rest;
}

/**
 * On a field that answers an event's data (AuditEntry.changes): the cost keys taken out for
 * callers who may not see cost, wherever the entry is read (a lead's history, its timeline, live).
 */
export const CostInEventData: MiddlewareFn<Context> = async ({ context }, next) => {
  const data = (await next()) as Record<string, unknown> | null | undefined;
  return data ? eventDataFor(context.scope.principal, data) : data;
};
