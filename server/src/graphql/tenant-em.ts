import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from '../db/tenant.js';

/** A fresh EntityManager whose queries see only the given firm's rows. */
export function firmEntityManager(orm: MikroORM, firmId: string): EntityManager {
  const em = orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { firmId });
  return em;
}
