export type PhoneResult = { ok: true; phone: string } | { ok: false; message: string };
export type EmailResult = { ok: true; email: string } | { ok: false; message: string };

// characters people use to group digits; anything else (letters, "доб.", commas) is rejected rather than guessed at
const PHONE_SEPARATORS = /[\s\-().\u2010-\u2015]/g;

/**
 * Normalises a phone number to E.164. Russian numbers are accepted in the usual shapes
 * (+7 (916) 123-45-67, 8 916 123 45 67, 89161234567, 9161234567) and become +7XXXXXXXXXX;
 * other numbers must be written with a leading + and have 8–15 digits.
 */
export function normalisePhone(value: string): PhoneResult {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, message: 'Phone number is required' };
  const compact = trimmed.replace(PHONE_SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) {
    return { ok: false, message: 'Phone number may contain only digits, spaces, brackets, dashes and a leading +' };
  }
  const digits = compact.replace('+', '');

  if (compact.startsWith('+')) {
    if (digits.startsWith('7')) return russian(digits.slice(1), true);
    // "+8 916 …" is a common slip: no country code starts with 0 or 89
    if (digits.startsWith('89')) return { ok: false, message: 'There is no country code +89 — write a Russian number as +7 or 8 followed by 10 digits' };
    if (digits.startsWith('0')) return { ok: false, message: 'Country codes never start with 0 — check the digits after +' };
    if (digits.length < 8 || digits.length > 15) {
      return { ok: false, message: `International phone number must have 8 to 15 digits after +, got ${digits.length}` };
    }
    return { ok: true, phone: `+${digits}` };
  }

  // without +: 11 digits with the domestic trunk prefix 8 (or the country code 7), or a bare 10-digit number
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return russian(digits.slice(1), false);
  if (digits.length === 10) return russian(digits, false);
  if (digits.length < 10) return { ok: false, message: 'Phone number is too short — a Russian number has 10 digits after +7 or 8' };
  return { ok: false, message: 'Phone number is not recognised — write international numbers with a leading +' };
}

function russian(national: string, hadPlus: boolean): PhoneResult {
  if (national.length !== 10) {
    const shape = hadPlus ? '+7' : '8';
    return { ok: false, message: `Russian phone number must have 10 digits after ${shape}, got ${national.length}` };
  }
  // area and mobile codes in zone +7 start with 3–9; a leading 0–2 means digits were lost or mistyped
  if (!/^[3-9]/.test(national)) return { ok: false, message: 'Russian phone number cannot start with +7 0, +7 1 or +7 2 — check the digits' };
  return { ok: true, phone: `+7${national}` };
}

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// letters of any script so that Cyrillic domains such as почта.рф pass
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * Trims and lower-cases an e-mail address and checks that it looks deliverable: one @,
 * a dot-atom local part of at most 64 characters, and a domain of at least two labels ending in a letter TLD.
 */
export function normaliseEmail(value: string): EmailResult {
  const email = value.trim().toLowerCase();
  if (email === '') return { ok: false, message: 'Email is required' };
  if (/\s/.test(email)) return { ok: false, message: 'Email cannot contain spaces' };
  const at = email.lastIndexOf('@');
  if (at === -1 || email.indexOf('@') !== at) return { ok: false, message: 'Email must contain exactly one @' };
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === '') return { ok: false, message: 'Email has nothing before the @' };
  if (domain === '') return { ok: false, message: 'Email has no domain after the @' };
  if (email.length > 254) return { ok: false, message: 'Email is longer than 254 characters' };
  if (local.length > 64) return { ok: false, message: 'The part of the email before the @ is longer than 64 characters' };
  if (!LOCAL_PART.test(local)) return { ok: false, message: 'The part of the email before the @ contains characters or dots that are not allowed' };
  const labels = domain.split('.');
  if (labels.length < 2) return { ok: false, message: 'Email domain must contain a dot, e.g. example.ru' };
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return { ok: false, message: 'Email domain is not valid' };
  const tld = labels[labels.length - 1]!;
  if (tld.length < 2 || !/^[\p{L}]+$|^xn--[a-z0-9-]+$/u.test(tld)) return { ok: false, message: 'Email domain must end with a valid zone such as .ru or .com' };
  return { ok: true, email };
}
