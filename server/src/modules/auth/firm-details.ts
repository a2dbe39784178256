import type { FieldError } from '../../graphql/errors.js';
import { TaxRegime } from '../leads/lead.enums.js';
import { hasValidInnChecksum, normaliseEmail, normalisePhone } from '../leads/rules/index.js';

/** The firm's requisites as a quote prints them; null is "not given". */
export interface FirmDetails {
  name: string;
  inn: string | null;
  kpp: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  taxRegime: TaxRegime | null;
  /** VAT rate in percent; null when the firm pays no VAT (УСН, АУСН, ПСН …). */
  vatRate: number | null;
  /** How many days a quote is valid from its date. */
  quoteValidDays: number;
  /** The rest is the firm's side of contracts and powers of attorney. */
  fullName: string | null;
  ogrn: string | null;
  bankAccount: string | null;
  bankName: string | null;
  bik: string | null;
  correspondentAccount: string | null;
  signerPosition: string | null;
  signerName: string | null;
  signerInPreamble: string | null;
  signerAuthority: string | null;
}

/** Requisites for documents that are free text: trimmed, '' clears them. */
const DOCUMENT_TEXTS = ['fullName', 'bankName', 'signerPosition', 'signerName', 'signerInPreamble', 'signerAuthority'] as const;
// ⚠️ lengths of р/с, к/с and БИК are practice (contracts-poa.md §1.3): checked as digits only
const DIGIT_FIELDS = [
  { field: 'bankAccount', pattern: /^\d{20}$/, message: 'An account number has 20 digits', code: 'BANK_ACCOUNT_FORMAT' },
  { field: 'correspondentAccount', pattern: /^\d{20}$/, message: 'A correspondent account has 20 digits', code: 'CORRESPONDENT_ACCOUNT_FORMAT' },
  { field: 'bik', pattern: /^\d{9}$/, message: 'BIK has 9 digits', code: 'BIK_FORMAT' },
] as const;

/** What the owner sends: absent (undefined or null) keeps a value, '' clears an optional one, vatRate 0 clears the rate. */
export type FirmDetailsChange = { [K in keyof FirmDetails]?: (K extends 'taxRegime' ? TaxRegime : K extends 'vatRate' | 'quoteValidDays' ? number : string) | null };

export const VAT_RATE_MAX = 30;
export const QUOTE_VALID_DAYS_MAX = 365;
// a KPP: tax office code (4 digits), reason (2 digits or capital Latin letters), number (3 digits)
const KPP = /^\d{4}[\dA-Z]{2}\d{3}$/;
const WEBSITE = /^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u;
// patent and professional income tax are for individuals only
const INDIVIDUAL_ONLY: readonly TaxRegime[] = [TaxRegime.PSN, TaxRegime.NPD];

/** undefined: not given; null: cleared; else the trimmed text, shaped by `shape`. */
const optionalText = (value: string | null | undefined, shape = (text: string) => text): string | null | undefined =>
  value == null ? undefined : value.trim() === '' ? null : shape(value.trim());

/**
 * Checks and normalises a change of the firm's requisites against what the firm has: the INN's
 * checksum, a KPP only beside an organization's 10-digit INN, the phone in E.164, the e-mail
 * lower-cased, regimes for individuals only with a 12-digit INN, VAT 1–30 %. Returns the fields
 * that change (with their new values) or the problems, each with its field and a stable code.
 */
export function checkFirmDetails(current: FirmDetails, change: FirmDetailsChange): { changes: Partial<FirmDetails>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const next: Partial<FirmDetails> = {};
  const fail = (field: string, message: string, code: string) => errors.push({ field, message, code });

  if (change.name != null) {
    const name = change.name.trim();
    if (name === '') fail('name', 'Firm name is required', 'REQUIRED');
    else next.name = name;
  }
  const inn = optionalText(change.inn, (text) => text.replace(/\s+/g, ''));
  if (inn !== undefined) {
    if (inn === null) next.inn = null;
    else if (!/^\d+$/.test(inn)) fail('inn', 'INN must contain digits only', 'INN_DIGITS');
    else if (inn.length !== 10 && inn.length !== 12) fail('inn', 'INN has 10 digits for an organization or 12 for an individual entrepreneur', 'INN_LENGTH');
    else if (!hasValidInnChecksum(inn)) fail('inn', 'INN control digits do not match', 'INN_CHECKSUM');
    else next.inn = inn;
  }
  const kpp = optionalText(change.kpp, (text) => text.toUpperCase());
  if (kpp !== undefined) {
    if (kpp !== null && !KPP.test(kpp)) fail('kpp', 'KPP is 9 characters: 4 digits, 2 digits or capital letters, 3 digits', 'KPP_FORMAT');
    else next.kpp = kpp;
  }
  const address = optionalText(change.address);
  if (address !== undefined) next.address = address;
  const phone = optionalText(change.phone);
  if (phone !== undefined) {
    const result = phone === null ? null : normalisePhone(phone);
    if (result && !result.ok) fail('phone', result.message, 'PHONE_INVALID');
    else next.phone = result ? result.phone : null;
  }
  const email = optionalText(change.email);
  if (email !== undefined) {
    const result = email === null ? null : normaliseEmail(email);
    if (result && !result.ok) fail('email', result.message, 'EMAIL_INVALID');
    else next.email = result ? result.email : null;
  }
  const website = optionalText(change.website);
  if (website !== undefined) {
    if (website !== null && !WEBSITE.test(website)) fail('website', 'Website is an address such as example.ru or https://example.ru', 'WEBSITE_INVALID');
    else next.website = website;
  }
  for (const field of DOCUMENT_TEXTS) {
    const text = optionalText(change[field]);
    if (text !== undefined) next[field] = text;
  }
  for (const { field, pattern, message, code } of DIGIT_FIELDS) {
    const digits = optionalText(change[field], (text) => text.replace(/\s+/g, ''));
    if (digits === undefined) continue;
    if (digits !== null && !pattern.test(digits)) fail(field, message, code);
    else next[field] = digits;
  }
  const ogrn = optionalText(change.ogrn, (text) => text.replace(/\s+/g, ''));
  if (ogrn !== undefined) {
    if (ogrn !== null && !/^(\d{13}|\d{15})$/.test(ogrn)) fail('ogrn', 'OGRN has 13 digits, OGRNIP 15', 'OGRN_FORMAT');
    else next.ogrn = ogrn;
  }
  if (change.taxRegime != null) next.taxRegime = change.taxRegime;
  if (change.vatRate != null) {
    if (!Number.isInteger(change.vatRate) || change.vatRate < 0 || change.vatRate > VAT_RATE_MAX) fail('vatRate', `VAT rate is a whole percent from 1 to ${VAT_RATE_MAX}, or 0 for no VAT`, 'VAT_RATE_RANGE');
    else next.vatRate = change.vatRate === 0 ? null : change.vatRate;
  }
  if (change.quoteValidDays != null) {
    if (!Number.isInteger(change.quoteValidDays) || change.quoteValidDays < 1 || change.quoteValidDays > QUOTE_VALID_DAYS_MAX) {
      fail('quoteValidDays', `A quote is valid from 1 to ${QUOTE_VALID_DAYS_MAX} days`, 'QUOTE_VALID_DAYS_RANGE');
    } else next.quoteValidDays = change.quoteValidDays;
  }

  // rules across fields, on the values the firm would have afterwards
  const after = { ...current, ...next };
  const individual = after.inn?.length === 12;
  if (after.kpp && individual && errors.every((e) => e.field !== 'kpp')) {
    fail(next.kpp !== undefined ? 'kpp' : 'inn', 'An individual entrepreneur has no KPP', 'KPP_FOR_INDIVIDUAL');
  }
  if (after.ogrn && after.inn && after.ogrn.length !== (individual ? 15 : 13) && errors.every((e) => e.field !== 'ogrn')) {
    fail(next.ogrn !== undefined ? 'ogrn' : 'inn', individual ? 'An individual entrepreneur has a 15-digit OGRNIP' : 'An organization has a 13-digit OGRN', 'OGRN_FOR_INN');
  }
  if (after.taxRegime && INDIVIDUAL_ONLY.includes(after.taxRegime) && after.inn && !individual) {
    fail(next.taxRegime !== undefined ? 'taxRegime' : 'inn', 'An organization cannot use ПСН or НПД', 'REGIME_NOT_FOR_ORGANIZATION');
  }

  const changes = Object.fromEntries(Object.entries(next).filter(([key, value]) => current[key as keyof FirmDetails] !== value)) as Partial<FirmDetails>;
  return { changes, errors };
}

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';
export const LOGO_MAX_BYTES = 200 * 1024;
// base64 of LOGO_MAX_BYTES plus a data: prefix
export const LOGO_MAX_TEXT = Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 40;

/** The image type read from its first bytes; what the browser claims is never trusted. */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  return null;
}

/** A logo sent as base64 (a data: URL or bare), checked for size and type. */
export function decodeLogo(text: string): { ok: true; bytes: Buffer; type: LogoType } | { ok: false; message: string; code: string } {
  const base64 = text.trim().replace(/^data:[\w/+.-]*;base64,/, '');
  if (!/^[A-Za-z0-9+/\s]*={0,2}$/.test(base64)) return { ok: false, message: 'Logo must be base64', code: 'LOGO_UNREADABLE' };
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) return { ok: false, message: 'Logo file is empty', code: 'FILE_EMPTY' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, message: `Logo is larger than ${LOGO_MAX_BYTES / 1024} KB`, code: 'LOGO_TOO_LARGE' };
  const type = sniffLogoType(bytes);
  if (!type) return { ok: false, message: 'Logo must be a PNG, JPEG or WebP image', code: 'LOGO_TYPE' };
  return { ok: true, bytes, type };
}
