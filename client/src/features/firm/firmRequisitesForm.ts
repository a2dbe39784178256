/** The «Реквизиты фирмы» form: its values, the checks that need no server, and what it sends. */
import { formatPhone } from '../../kernel/i18n/format';
import { hasValidOgrnChecksum } from '../clients';

export interface FirmRequisitesValues {
  name: string;
  inn: string;
  kpp: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  taxRegime: string | null;
  vatPayer: boolean;
  vatRate: number | string;
  quoteValidDays: number | string;
  /** A newly chosen logo as a data: URL; '' when it is to be removed; null to keep what is saved. */
  logo: string | null;
  /** The firm's side of contracts and powers of attorney. */
  fullName: string;
  ogrn: string;
  bankName: string;
  bik: string;
  bankAccount: string;
  correspondentAccount: string;
  signerPosition: string;
  signerName: string;
  signerInPreamble: string;
  signerAuthority: string;
}

/** The requisites for documents: free texts, and digit fields with their lengths. */
const DOCUMENT_TEXTS = ['fullName', 'bankName', 'signerPosition', 'signerName', 'signerInPreamble', 'signerAuthority'] as const;
const DOCUMENT_DIGITS = ['ogrn', 'bik', 'bankAccount', 'correspondentAccount'] as const;

export interface FirmRequisites {
  name: string;
  inn?: string | null;
  kpp?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  taxRegime?: string | null;
  vatRate?: number | null;
  quoteValidDays: number;
  fullName?: string | null;
  ogrn?: string | null;
  bankName?: string | null;
  bik?: string | null;
  bankAccount?: string | null;
  correspondentAccount?: string | null;
  signerPosition?: string | null;
  signerName?: string | null;
  signerInPreamble?: string | null;
  signerAuthority?: string | null;
}

export const DEFAULT_VAT_RATE = 20;
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const TEXT_LIMITS = {
  name: 200, address: 500, email: 254, website: 200,
  fullName: 500, bankName: 300, signerPosition: 200, signerName: 200, signerInPreamble: 400, signerAuthority: 300,
} as const;
const DIGITS = { bik: [9, 'firm.requisites.problems.bik'], bankAccount: [20, 'firm.requisites.problems.account'], correspondentAccount: [20, 'firm.requisites.problems.account'] } as const;

export function firmRequisitesValues(firm: FirmRequisites): FirmRequisitesValues {
  return {
    name: firm.name,
    inn: firm.inn ?? '',
    kpp: firm.kpp ?? '',
    address: firm.address ?? '',
    phone: firm.phone ? formatPhone(firm.phone) : '',
    email: firm.email ?? '',
    website: firm.website ?? '',
    taxRegime: firm.taxRegime ?? null,
    vatPayer: firm.vatRate != null,
    vatRate: firm.vatRate ?? DEFAULT_VAT_RATE,
    quoteValidDays: firm.quoteValidDays,
    logo: null,
    ...(Object.fromEntries([...DOCUMENT_TEXTS, ...DOCUMENT_DIGITS].map((field) => [field, firm[field] ?? ''])) as Pick<FirmRequisitesValues, (typeof DOCUMENT_TEXTS)[number] | (typeof DOCUMENT_DIGITS)[number]>),
  };
}

/** A problem as a translation key and its values. */
export interface Problem {
  key: string;
  values?: Record<string, unknown>;
}

const whole = (value: number | string) => (typeof value === 'number' ? value : Number(String(value).replace(',', '.')));

/** What the form can tell without the server; the server checks the rest (the INN's checksum, the phone). */
export function firmRequisitesProblems(values: FirmRequisitesValues): Partial<Record<keyof FirmRequisitesValues, Problem>> {
  const problems: Partial<Record<keyof FirmRequisitesValues, Problem>> = {};
  if (!values.name.trim()) problems.name = { key: 'firm.requisites.problems.nameRequired' };
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    if (values[field].trim().length > max) problems[field] ??= { key: 'firm.requisites.problems.tooLong', values: { max } };
  }
  const inn = values.inn.replace(/\s+/g, '');
  if (inn && !/^\d+$/.test(inn)) problems.inn = { key: 'validation.INN_DIGITS' };
  else if (inn && inn.length !== 10 && inn.length !== 12) problems.inn = { key: 'validation.INN_LENGTH' };
  const kpp = values.kpp.trim();
  if (kpp && !/^\d{4}[\dA-Za-z]{2}\d{3}$/.test(kpp)) problems.kpp = { key: 'validation.KPP_FORMAT' };
  else if (kpp && inn.length === 12) problems.kpp = { key: 'validation.KPP_FOR_INDIVIDUAL' };
  const email = values.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = { key: 'validation.EMAIL_INVALID' };
  const website = values.website.trim();
  if (website && !/^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/u.test(website)) problems.website = { key: 'validation.WEBSITE_INVALID' };
  const rate = whole(values.vatRate);
  if (values.vatPayer && !(Number.isInteger(rate) && rate >= 1 && rate <= 30)) problems.vatRate = { key: 'validation.VAT_RATE_RANGE' };
  for (const [field, [length, key]] of Object.entries(DIGITS) as [keyof typeof DIGITS, (typeof DIGITS)[keyof typeof DIGITS]][]) {
    const digits = values[field].replace(/\s+/g, '');
    if (digits && !new RegExp(`^\\d{${length}}$`).test(digits)) problems[field] = { key };
  }
  const ogrn = values.ogrn.replace(/\s+/g, '');
  if (ogrn && !/^(\d{13}|\d{15})$/.test(ogrn)) problems.ogrn = { key: 'firm.requisites.problems.ogrnFormat' };
  else if (ogrn && inn && /^\d{10}$|^\d{12}$/.test(inn) && ogrn.length !== (inn.length === 12 ? 15 : 13)) problems.ogrn = { key: 'firm.requisites.problems.ogrnForInn' };
  else if (ogrn && !hasValidOgrnChecksum(ogrn)) problems.ogrn = { key: 'firm.requisites.problems.ogrnChecksum' };
  const days = whole(values.quoteValidDays);
  if (!(Number.isInteger(days) && days >= 1 && days <= 365)) problems.quoteValidDays = { key: 'validation.QUOTE_VALID_DAYS_RANGE' };
  return problems;
}

/** A picked logo file's problem, before it is read: type and size. */
export function logoFileProblem(file: { type: string; size: number }): Problem | null {
  if (!LOGO_TYPES.includes(file.type)) return { key: 'validation.LOGO_TYPE' };
  if (file.size > LOGO_MAX_BYTES) return { key: 'validation.LOGO_TOO_LARGE' };
  return null;
}

/** The mutation's input: every requisite (an empty one clears it), the VAT rate 0 for none, the logo only when changed. */
export function firmRequisitesInput(values: FirmRequisitesValues) {
  return {
    name: values.name.trim(),
    inn: values.inn.trim(),
    kpp: values.kpp.trim(),
    address: values.address.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    website: values.website.trim(),
    taxRegime: values.taxRegime,
    vatRate: values.vatPayer ? whole(values.vatRate) : 0,
    quoteValidDays: whole(values.quoteValidDays),
    ...Object.fromEntries(DOCUMENT_TEXTS.map((field) => [field, values[field].trim()])),
    ...Object.fromEntries(DOCUMENT_DIGITS.map((field) => [field, values[field].replace(/\s+/g, '')])),
    ...(values.logo === null ? {} : { logo: values.logo }),
  };
}
