export type LegalForm = 'ORGANIZATION' | 'INDIVIDUAL_ENTREPRENEUR';

export type InnResult = { ok: true; inn: string } | { ok: false; message: string; code: 'INN_REQUIRED' | 'INN_DIGITS' | 'INN_LENGTH' | 'INN_CHECKSUM' };

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Control digit per the ФНС algorithm: weighted sum of the preceding digits, mod 11, mod 10. */
export function innControlDigit(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  return (sum % 11) % 10;
}

/** True when a 10- or 12-digit string carries correct ФНС control digits; false for anything else. */
export function hasValidInnChecksum(inn: string): boolean {
  if (!/^\d+$/.test(inn)) return false;
  const d = [...inn].map(Number);
  if (d.length === 10) return innControlDigit(d, WEIGHTS_10) === d[9];
  if (d.length === 12) return innControlDigit(d, WEIGHTS_12_FIRST) === d[10] && innControlDigit(d, WEIGHTS_12_SECOND) === d[11];
  return false;
}

/**
 * Validates an INN for the given legal form: 10 digits for an organization, 12 for an individual
 * entrepreneur, with correct ФНС control digits. Spaces anywhere are ignored (people paste "7707 083 893").
 */
export function validateInn(value: string, legalForm: LegalForm): InnResult {
  const inn = value.replace(/\s+/g, '');
  const expected = legalForm === 'ORGANIZATION' ? 10 : 12;
  const who = legalForm === 'ORGANIZATION' ? 'an organization' : 'an individual entrepreneur';
  if (inn === '') return { ok: false, message: 'INN is required', code: 'INN_REQUIRED' };
  if (!/^\d+$/.test(inn)) return { ok: false, message: 'INN must contain digits only', code: 'INN_DIGITS' };
  if (inn.length !== expected) {
    // the commonest slip is picking the wrong legal form, so say so
    const hint =
      inn.length === 10 && legalForm === 'INDIVIDUAL_ENTREPRENEUR'
        ? ' (10 digits is an organization INN)'
        : inn.length === 12 && legalForm === 'ORGANIZATION'
          ? ' (12 digits is an individual entrepreneur INN)'
          : '';
    return { ok: false, message: `INN of ${who} has ${expected} digits, got ${inn.length}${hint}`, code: 'INN_LENGTH' };
  }
  if (!hasValidInnChecksum(inn)) return { ok: false, message: 'INN checksum does not match — check the digits', code: 'INN_CHECKSUM' };
  return { ok: true, inn };
}
