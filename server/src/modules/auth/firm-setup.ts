import type { EntityManager } from '@mikro-orm/postgresql';
import { seedLeadLists } from '../leads/lead-lists.service.js';
import { seedTariff } from '../pricing/pricing.service.js';

/** What every new firm starts with: the usual lead lists and the demo tariff, all editable. */
export function setUpNewFirm(em: EntityManager, firmId: string): void {
  seedLeadLists(em, firmId);
  seedTariff(em, firmId);
}
