import { fieldError } from '../../graphql/errors.js';
import { findRegion } from '../leads/rules/index.js';
import { generateSchedule, ScheduleError, type ScheduledObligation, type ScheduleOptions, type TaxProfile } from './engine.js';
import type { TaxProfileInput } from './schedule.types.js';

/** The engine's profile from the API's, with what a class validator cannot say checked here. */
export function taxProfileFromInput(input: TaxProfileInput): TaxProfile {
  if (input.region && !findRegion(input.region)) throw fieldError('profile.region', `Unknown subject code ${input.region}`, 'REGION_UNKNOWN');
  return {
    legalForm: input.legalForm,
    taxRegime: input.taxRegime,
    hasEmployees: input.hasEmployees,
    vatPayer: input.vatPayer,
    profitAdvances: input.profitAdvances ?? null,
    hasProperty: input.hasProperty ?? null,
    hasTransport: input.hasTransport ?? null,
    hasLand: input.hasLand ?? null,
    region: input.region ?? null,
    patents: (input.patents ?? []).map((patent) => ({ start: patent.startDate, end: patent.endDate })),
  };
}

/** A year's schedule for a profile, computed and not stored; the engine's refusals are input errors. */
export function previewSchedule(input: TaxProfileInput, year: number, options?: ScheduleOptions): ScheduledObligation[] {
  const profile = taxProfileFromInput(input);
  try {
    return generateSchedule(profile, year, options);
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const field = error.field === 'year' ? 'year' : error.field ? `profile.${error.field}` : 'profile';
    throw fieldError(field, error.message, error.code);
  }
}
