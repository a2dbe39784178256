import { ContractStatus, PoaStatus } from './enums.js';

/** Dates are calendar days (YYYY-MM-DD), so they compare as strings. */
export interface SignatureDates {
  sentOn?: string | null;
  firmSignedOn?: string | null;
  clientSignedOn?: string | null;
  terminatedOn?: string | null;
}

/** The status a contract's (or an amendment's) recorded dates give it. */
export function contractStatus(c: SignatureDates): ContractStatus {
  if (c.terminatedOn) return ContractStatus.TERMINATED;
  if (c.firmSignedOn && c.clientSignedOn) return ContractStatus.SIGNED_BOTH;
  if (c.firmSignedOn) return ContractStatus.SIGNED_BY_FIRM;
  if (c.clientSignedOn) return ContractStatus.SIGNED_BY_CLIENT;
  if (c.sentOn) return ContractStatus.SENT;
  return ContractStatus.DRAFT;
}

/** YYYY-MM-DD plus whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A power of attorney named no term is valid for one year from its date (ст. 186 ГК); a term in
 * years ends on the same day of the last year, or the month's last day (ст. 192 ГК ⚠️ not re-checked).
 */
export function defaultValidUntil(issueDate: string): string {
  const [y, m, d] = issueDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

export interface PoaDates {
  issuedOn?: string | null;
  validUntil: string;
  revokedOn?: string | null;
}

/**
 * The status on the firm's `today`: valid through `validUntil` inclusive; EXPIRING when it ends
 * within `warningDays` from today (the firm's setting).
 */
export function poaStatus(p: PoaDates, today: string, warningDays: number): PoaStatus {
  if (p.revokedOn) return PoaStatus.REVOKED;
  if (!p.issuedOn) return PoaStatus.DRAFT;
  if (p.validUntil < today) return PoaStatus.EXPIRED;
  if (p.validUntil <= addDays(today, warningDays)) return PoaStatus.EXPIRING;
  return PoaStatus.ISSUED;
}

export interface PriceStep {
  from: string;
  price: number;
}

/** The price in force on `day`: the latest step that starts on or before it (steps in any order). */
export function priceOn(steps: readonly PriceStep[], day: string): number | null {
  let found: PriceStep | null = null;
  for (const step of steps) if (step.from <= day && (!found || step.from >= found.from)) found = step;
  return found?.price ?? null;
}
