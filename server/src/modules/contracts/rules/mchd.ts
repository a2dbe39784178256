import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** What a machine-readable power of attorney (МЧД) file says about itself, where it says it. */
export interface MchdFacts {
  /** `ВерсФорм` of the root: EMCHD_1 (003), 002, 5.0x for the tax formats. */
  format: string | null;
  /** `СвДов/@НомДовер`: the registration number (a GUID) given by the register. */
  number: string | null;
  /** `СвДов/@ВнНомДовер`: the principal's own number, if any. */
  internalNumber: string | null;
  /** `СвДов/@ДатаВыдДовер`. */
  issueDate: string | null;
  /** `СвДов/@СрокДейст` (EMCHD_1) or `@ДатаКонДовер` (002). */
  validUntil: string | null;
}

export class MchdUnreadable extends Error {}

/** The encoding the XML declaration names (ФНС files are often windows-1251); UTF-8 otherwise. */
function decode(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const named = /encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(named ?? 'utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new MchdUnreadable(`The file is not text in ${named ?? 'UTF-8'}`);
  }
}

/** A date as YYYY-MM-DD from YYYY-MM-DD or DD.MM.YYYY (older ФНС formats); null when neither. */
function day(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  return ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The first element named `name` at any depth (formats nest СвДов differently). */
function find(node: unknown, name: string): Record<string, unknown> | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = find(item, name);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== 'object') return null;
  for (const [key, child] of Object.entries(node)) {
    if (key === name && child && typeof child === 'object') return (Array.isArray(child) ? child[0] : child) as Record<string, unknown>;
    if (!key.startsWith('@')) {
      const found = find(child, name);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Reads the number and validity of a МЧД file with an XML parser, tolerating the formats in use
 * (EMCHD_1, 002, the tax 5.0x) and namespaces: a fact the file does not carry is null. A file
 * that is not well-formed XML is refused.
 */
export function readMchd(bytes: Uint8Array): MchdFacts {
  const xml = decode(bytes);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new MchdUnreadable(`Not well-formed XML (line ${valid.err.line}): ${valid.err.msg}`);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseAttributeValue: false, processEntities: true }).parse(xml) as Record<string, unknown>;
  const root = Object.entries(parsed).find(([key]) => !key.startsWith('?'))?.[1] as Record<string, unknown> | undefined;
  const poa = find(parsed, 'СвДов') ?? {};
  return {
    format: text(root?.['@ВерсФорм']),
    number: text(poa['@НомДовер']),
    internalNumber: text(poa['@ВнНомДовер']),
    issueDate: day(poa['@ДатаВыдДовер']),
    validUntil: day(poa['@СрокДейст']) ?? day(poa['@ДатаКонДовер']),
  };
}

export type MchdField = 'NUMBER' | 'ISSUE_DATE' | 'VALID_UNTIL';

export interface MchdMismatch {
  field: MchdField;
  inRecord: string | null;
  inFile: string;
}

/**
 * Where the file and the record disagree: only facts the file carries are compared; numbers
 * ignoring case and surrounding blanks (a GUID is written either way).
 */
export function mchdMismatches(record: { registrationNumber?: string | null; issueDate: string; validUntil: string }, file: MchdFacts): MchdMismatch[] {
  const out: MchdMismatch[] = [];
  const recordNumber = record.registrationNumber?.trim() || null;
  if (file.number && file.number.toLowerCase() !== recordNumber?.toLowerCase()) out.push({ field: 'NUMBER', inRecord: recordNumber, inFile: file.number });
  if (file.issueDate && file.issueDate !== record.issueDate) out.push({ field: 'ISSUE_DATE', inRecord: record.issueDate, inFile: file.issueDate });
  if (file.validUntil && file.validUntil !== record.validUntil) out.push({ field: 'VALID_UNTIL', inRecord: record.validUntil, inFile: file.validUntil });
  return out;
}
