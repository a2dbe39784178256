import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from '../db/tenant.js';

/** A fresh EntityManager whose queries see only the given firm's rows. */
export function firmEntityManager(source: MikroORM | EntityManager, firmId: string): EntityManager {
  const em = ('em' in source ? source.em : source).fork();
  em.setFilterParams(TENANT_FILTER, { firmId });
  return em;
}
