import { z } from 'zod';
import { defineEvents, type PayloadsOf } from '../src/modules/events/catalogue.js';

/** Events that only tests write, to exercise the log and the live layer without an area's rules. */
export const testEvents = defineEvents('test', {
  TEST_MARKER: { subjectType: 'Test', payload: z.object({ i: z.number().int().optional(), blob: z.string().optional() }) },
  TEST_SLOW_TRANSACTION: { subjectType: 'Test', payload: z.object({}) },
  TEST_FAST_TRANSACTION: { subjectType: 'Test', payload: z.object({}) },
  TEST_ROLLED_BACK: { subjectType: 'Test', payload: z.object({}) },
  TEST_MATCHED: { subjectType: 'Test', payload: z.object({}) },
});

declare module '../src/modules/events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof testEvents> {}
}
