import type { EntityManager } from '@mikro-orm/postgresql';
import { seedLeadLists } from '../modules/leads/lead-lists.service.js';
import { seedTariff } from '../modules/pricing/pricing.service.js';
import { seedProjectTemplate } from '../modules/projects/project.service.js';

/** What every new firm starts with: lead lists, the demo tariff and the onboarding template, all editable. */
export function setUpNewFirm(em: EntityManager, firmId: string): void {
  seedLeadLists(em, firmId);
  seedTariff(em, firmId);
  seedProjectTemplate(em, firmId);
}
