/**
 * State registration numbers and the tax registration reason code, checked as ФНС defines them:
 * ОГРН (13 digits, organizations), ОГРНИП (15 digits, individual entrepreneurs), КПП (9 characters).
 */
export type LegalForm = 'ORGANIZATION' | 'INDIVIDUAL_ENTREPRENEUR';

export type RegistrationResult<C extends string> = { ok: true; value: string } | { ok: false; message: string; code: C };

export type OgrnCode = 'OGRN_DIGITS' | 'OGRN_LENGTH' | 'OGRN_KIND' | 'OGRN_CHECKSUM';
export type KppCode = 'KPP_FORMAT' | 'KPP_NOT_FOR_IP';

/**
 * The control digit of an ОГРН (13 digits) or ОГРНИП (15): the number made of the digits before
 * it, modulo 11 (ОГРН) or 13 (ОГРНИП), then modulo 10. BigInt: 14 digits exceed 2^53.
 */
export function ogrnControlDigit(body: string): number {
  const modulus = body.length === 14 ? 13n : 11n;
  return Number((BigInt(body) % modulus) % 10n);
}

/** True when a 13- or 15-digit string has the right control digit; false for anything else. */
export function hasValidOgrnChecksum(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  return ogrnControlDigit(value.slice(0, -1)) === Number(value.at(-1));
}

/**
 * ОГРН for an organization (13 digits, first 1 or 5), ОГРНИП for an individual entrepreneur
 * (15 digits, first 3), with the control digit. Spaces are ignored.
 */
export function validateOgrn(raw: string, legalForm: LegalForm): RegistrationResult<OgrnCode> {
  const value = raw.replace(/\s+/g, '');
  const organization = legalForm === 'ORGANIZATION';
  const name = organization ? 'OGRN' : 'OGRNIP';
  if (!/^\d+$/.test(value)) return { ok: false, message: `${name} must contain digits only`, code: 'OGRN_DIGITS' };
  const expected = organization ? 13 : 15;
  if (value.length !== expected) return { ok: false, message: `${name} has ${expected} digits, got ${value.length}`, code: 'OGRN_LENGTH' };
  // the first digit says what was registered: 1 and 5 an organization, 3 an individual entrepreneur
  if (organization ? !['1', '5'].includes(value[0]!) : value[0] !== '3') {
    return { ok: false, message: `${name} of ${organization ? 'an organization starts with 1 or 5' : 'an individual entrepreneur starts with 3'}`, code: 'OGRN_KIND' };
  }
  if (!hasValidOgrnChecksum(value)) return { ok: false, message: `${name} checksum does not match — check the digits`, code: 'OGRN_CHECKSUM' };
  return { ok: true, value };
}

/**
 * КПП: four digits of the tax office, two characters of the reason (digits, or capital Latin
 * letters since 2013), three digits of the number. Only organizations have one.
 */
export function validateKpp(raw: string, legalForm: LegalForm): RegistrationResult<KppCode> {
  const value = raw.replace(/\s+/g, '').toUpperCase();
  if (legalForm !== 'ORGANIZATION') return { ok: false, message: 'An individual entrepreneur has no KPP', code: 'KPP_NOT_FOR_IP' };
  if (!/^\d{4}[\dA-Z]{2}\d{3}$/.test(value)) return { ok: false, message: 'KPP is 9 characters: 4 digits, 2 digits or Latin capitals, 3 digits', code: 'KPP_FORMAT' };
  return { ok: true, value };
}
