import { z } from 'zod';
import { defineEvents, type PayloadsOf } from '../events/catalogue.js';

/** Pricing runs and tariff versions. Money in integer kopecks. */
export const pricingEvents = defineEvents('pricing', {
  PRICING_RUN_CREATED: {
    subjectType: 'Lead',
    payload: z.object({ run: z.number().int(), price: z.number().int(), margin: z.number().int().optional(), tariffVersion: z.number().int() }),
    money: ['price', 'margin'],
  },
  TARIFF_DRAFT_CREATED: { subjectType: 'TariffPlan', payload: z.object({ plan: z.string(), version: z.number().int() }) },
  TARIFF_DRAFT_CHANGED: { subjectType: 'TariffVersion', payload: z.object({ version: z.number().int() }) },
  TARIFF_PUBLISHED: { subjectType: 'TariffVersion', payload: z.object({ version: z.number().int() }) },
});

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof pricingEvents> {}
}
