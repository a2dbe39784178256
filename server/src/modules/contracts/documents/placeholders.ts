import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';

// the module exports a factory (its typings say a class)
const newInspectModule = InspectModule as unknown as () => { getAllStructuredTags(): unknown[] };
import PizZip from 'pizzip';
import { ServiceArea } from '../../pricing/pricing.enums.js';
import { AuthorityBasis, PoaKind, RepresentativeKind, TemplateKind } from '../rules/enums.js';
import { amendmentData, contractData, poaData, type ContractFacts, type FirmSide } from './document-data.js';
import { DELIMITERS } from './render.js';

/**
 * The placeholders a template may use, taken from what the generator gives for a sample contract,
 * amendment and power of attorney, so the list never drifts from the data (docs/contract-templates.md
 * explains them).
 */

/** What a name stands for in the data: a value, a group of names, or a list to loop over. */
type Shape = { kind: 'value'; example: string } | { kind: 'object'; keys: Map<string, Shape> } | { kind: 'list'; item: Shape };

function shapeOf(value: unknown): Shape {
  if (Array.isArray(value)) return { kind: 'list', item: shapeOf(value[0] ?? {}) };
  if (value && typeof value === 'object') return { kind: 'object', keys: new Map(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)])) };
  return { kind: 'value', example: value == null ? '' : String(value) };
}

const SAMPLE_FIRM: FirmSide = {
  details: {
    fullName: 'ООО «Баланс»', inn: '7736207543', kpp: '773601001', ogrn: '1027739850962', address: 'г. Москва, ул. Льва Толстого, д. 16',
    bankAccount: '40702810900000000001', bankName: 'АО «Банк»', bik: '044525225', correspondentAccount: '30101810400000000225',
    signerPosition: 'Генеральный директор', signerName: 'Соколова Анна Викторовна', authorityBasis: AuthorityBasis.CHARTER,
  },
  city: 'Москва',
  vatClause: 'Без налога (НДС)',
};

const SAMPLE_CONTRACT: ContractFacts = {
  number: '2026-001',
  date: '2026-03-10',
  startDate: '2026-04-01',
  price: 3_036_000,
  paymentTerms: 'предоплата до 5 числа текущего месяца',
  serviceAreas: [ServiceArea.TAXES, ServiceArea.PAYROLL],
  client: {
    fullName: 'ООО «Ромашка»', inn: '7707083893', kpp: '773601001', ogrn: '1027700132195', address: 'г. Москва, ул. Ленина, д. 1',
    signerPosition: 'Генеральный директор', signerName: 'Иванов Иван Иванович', signerInPreamble: 'генерального директора Иванова Ивана Ивановича', authorityBasis: AuthorityBasis.CHARTER,
  },
  breakdown: { lines: [{ label: 'Сотрудники', value: '12', amount: 1_200_000 }] } as ContractFacts['breakdown'],
};

function sampleData(kind: TemplateKind): object {
  if (kind === TemplateKind.CONTRACT) return contractData(SAMPLE_CONTRACT, SAMPLE_FIRM);
  if (kind === TemplateKind.AMENDMENT) {
    return amendmentData({ number: '1', date: '2027-01-10', effectiveFrom: '2027-02-01', price: 3_500_000, breakdown: SAMPLE_CONTRACT.breakdown }, SAMPLE_CONTRACT, SAMPLE_FIRM);
  }
  const poaKind = kind.replace(/^POA_/, '') as PoaKind;
  return poaData(
    { number: 'Д-2026-001', kind: poaKind, issueDate: '2026-03-10', validUntil: '2027-03-10', powers: 'представлять интересы Доверителя', representativeKind: RepresentativeKind.EMPLOYEE, employeeName: 'Петрова Мария Сергеевна' },
    SAMPLE_CONTRACT.client,
    SAMPLE_FIRM,
  );
}

const shapes = new Map<TemplateKind, Shape>();
function shapeFor(kind: TemplateKind): Shape {
  let shape = shapes.get(kind);
  if (!shape) shapes.set(kind, (shape = shapeOf(sampleData(kind))));
  return shape;
}

export interface Placeholder {
  /** As written between the braces: «client.inn»; a list: «areas». */
  name: string;
  /** A list to loop over with {{#name}} … {{/name}}. */
  list: boolean;
  /** The list it is a field of (written inside that loop), else null. */
  within: string | null;
  /** What the sample data gives, for the list of placeholders. */
  example: string | null;
}

/** Every placeholder the data of a kind of template gives, in the data's order. */
export function availablePlaceholders(kind: TemplateKind): Placeholder[] {
  const out: Placeholder[] = [];
  const walk = (shape: Shape, prefix: string, within: string | null) => {
    if (shape.kind !== 'object') return;
    for (const [key, inner] of shape.keys) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (inner.kind === 'value') out.push({ name, list: false, within, example: inner.example });
      else if (inner.kind === 'list') {
        out.push({ name, list: true, within, example: null });
        walk(inner.item, '', name);
      } else walk(inner, name, within);
    }
  };
  walk(shapeFor(kind), '', null);
  return out;
}

/** The shape a dotted name leads to from one scope, or undefined where it leads nowhere. */
function resolve(scope: Shape, name: string): Shape | undefined {
  if (name === '.') return scope;
  let current: Shape | undefined = scope;
  for (const key of name.split('.')) {
    current = current?.kind === 'object' ? current.keys.get(key) : undefined;
    if (!current) return undefined;
  }
  return current;
}

interface Part {
  value: string;
  module?: string;
  subparsed?: Part[];
}

export interface TemplateInspection {
  /** Every placeholder the template uses, as written, in order of first use. */
  placeholders: string[];
  /** Those the data does not give (they would come out empty). */
  unknown: string[];
}

/** Why a template cannot be read, as stable codes the client translates (docs/contract-templates.md). */
export const TEMPLATE_PROBLEMS = [
  'NOT_DOCX', 'NOT_WORD', 'UNCLOSED_TAG', 'UNOPENED_TAG', 'DUPLICATE_OPEN_TAG', 'DUPLICATE_CLOSE_TAG', 'CLOSING_TAG_MISMATCH',
  'UNCLOSED_LOOP', 'UNOPENED_LOOP', 'UNBALANCED_LOOP', 'BROKEN_XML', 'TAG_PLACEMENT', 'UNREADABLE_TAG',
] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEMS)[number];

/** One reason: its code, the tag it is about (as written, where docxtemplater names one) and docxtemplater's English words. */
export interface TemplateProblem {
  code: TemplateProblemCode;
  tag: string | null;
  explanation: string;
}

// docxtemplater's error ids; any other is an unreadable tag
const PROBLEM_OF: Record<string, TemplateProblemCode> = {
  unclosed_tag: 'UNCLOSED_TAG',
  unopened_tag: 'UNOPENED_TAG',
  duplicate_open_tag: 'DUPLICATE_OPEN_TAG',
  duplicate_close_tag: 'DUPLICATE_CLOSE_TAG',
  closing_tag_does_not_match_opening_tag: 'CLOSING_TAG_MISMATCH',
  unclosed_loop: 'UNCLOSED_LOOP',
  unopened_loop: 'UNOPENED_LOOP',
  unbalanced_loop_tags: 'UNBALANCED_LOOP',
  malformed_xml: 'BROKEN_XML',
  file_has_invalid_xml: 'BROKEN_XML',
  invalid_xml_characters: 'BROKEN_XML',
  raw_xml_tag_should_be_only_text_in_paragraph: 'TAG_PLACEMENT',
  loop_position_invalid: 'TAG_PLACEMENT',
};

interface DocxtemplaterError {
  message?: string;
  properties?: { id?: string; explanation?: string; xtag?: string; errors?: DocxtemplaterError[] };
}

function problemOf(error: DocxtemplaterError): TemplateProblem {
  const { id, explanation, xtag } = error.properties ?? {};
  // docxtemplater's tag keeps what is left of the {{ }} delimiters
  const tag = xtag?.replace(/^\{+|\}+$/g, '').trim() || null;
  return { code: (id && PROBLEM_OF[id]) || 'UNREADABLE_TAG', tag, explanation: explanation ?? error.message ?? 'unreadable tag' };
}

export class TemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(`The template cannot be read: ${problems.map((p) => p.explanation).join('; ')}`);
  }
}

/**
 * Reads a DOCX template's placeholders with docxtemplater's inspect module and checks each
 * against the data of its kind, loops included (inside a loop the list's fields and every outer
 * name are known, as when rendering). A file docxtemplater cannot parse throws a TemplateError
 * with its explanations.
 */
export function inspectTemplate(kind: TemplateKind, docx: Buffer): TemplateInspection {
  const inspect = newInspectModule();
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch {
    throw new TemplateError([{ code: 'NOT_DOCX', tag: null, explanation: 'the file is not a DOCX (ZIP) document' }]);
  }
  if (!zip.file('word/document.xml')) throw new TemplateError([{ code: 'NOT_WORD', tag: null, explanation: 'the file is not a Word document (no word/document.xml)' }]);
  try {
    new Docxtemplater(zip, { modules: [inspect as never], delimiters: DELIMITERS, paragraphLoop: true, linebreaks: true, errorLogging: false });
  } catch (error) {
    // a multi_error holds each problem; another error is one problem itself
    const one = error as DocxtemplaterError;
    throw new TemplateError((one.properties?.errors ?? [one]).map(problemOf));
  }
  const placeholders = new Set<string>();
  const unknown = new Set<string>();
  const walk = (parts: Part[], scopes: Shape[]) => {
    for (const part of parts) {
      placeholders.add(part.value);
      let found: Shape | undefined;
      for (const scope of scopes) {
        found = resolve(scope, part.value);
        if (found) break;
      }
      if (!found) unknown.add(part.value);
      if (part.module === 'loop' && part.subparsed) {
        const inner = found?.kind === 'list' ? found.item : found?.kind === 'object' ? found : null;
        walk(part.subparsed, inner ? [inner, ...scopes] : scopes);
      }
    }
  };
  walk(inspect.getAllStructuredTags() as unknown as Part[], [shapeFor(kind)]);
  return { placeholders: [...placeholders], unknown: [...unknown] };
}
