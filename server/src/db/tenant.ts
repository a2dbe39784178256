import { Filter } from '@mikro-orm/core';

export const TENANT_FILTER = 'tenant';

/**
 * Confines every query of a firm-owned entity to the caller's firm. It is on by default and has
 * no default argument, so a query made without a firm fails instead of reading all firms.
 */
export const FirmScoped = () =>
  Filter({ name: TENANT_FILTER, cond: (args: { firmId: string }) => ({ firm: args.firmId }), default: true });
