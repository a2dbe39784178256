import { DocumentItemKind, DocumentItemStatus, DocumentRequestStatus } from './correspondence.enums.js';

/** What the rules see of an item. */
export interface ItemLike {
  kind: DocumentItemKind;
  description: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  note?: string | null;
  status: DocumentItemStatus;
}

/** A request is complete when every item is received or waived, partial when some are. */
export function requestStatus(items: readonly Pick<ItemLike, 'status'>[]): DocumentRequestStatus {
  const settled = items.filter((i) => i.status !== DocumentItemStatus.PENDING).length;
  if (settled === 0) return DocumentRequestStatus.OPEN;
  return settled === items.length ? DocumentRequestStatus.COMPLETE : DocumentRequestStatus.PARTIAL;
}

/** Overdue: still awaiting something after its due day has ended on the firm's calendar. */
export const isRequestOverdue = (request: { status: DocumentRequestStatus; dueDate: string }, today: string): boolean =>
  request.status !== DocumentRequestStatus.COMPLETE && request.dueDate < today;

/** The kind in words, when the firm writes no description of its own. */
export const KIND_WORDS: Readonly<Record<DocumentItemKind, string>> = {
  [DocumentItemKind.BANK_STATEMENTS]: 'Выписки по расчётному счёту',
  [DocumentItemKind.PRIMARY_DOCUMENTS]: 'Первичные документы',
  [DocumentItemKind.STAFF_CHANGES]: 'Кадровые изменения',
  [DocumentItemKind.OTHER]: 'Документы',
};

/** DD.MM.YYYY of a YYYY-MM-DD day. */
export const russianDay = (day: string): string => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** One line of the list a letter carries: «Выписки по расчётному счёту за период с 01.11.2026 по 30.11.2026 (все счета)». */
export function itemLine(item: ItemLike): string {
  const period = item.periodFrom && item.periodTo ? ` за период с ${russianDay(item.periodFrom)} по ${russianDay(item.periodTo)}` : '';
  const note = item.note ? ` (${item.note})` : '';
  return `${item.description}${period}${note}`;
}

/** The words search finds a request by. */
export const searchTextOf = (items: readonly ItemLike[]): string => items.map((i) => [i.description, i.note, i.status === DocumentItemStatus.PENDING ? null : (i as { resolutionNote?: string | null }).resolutionNote].filter(Boolean).join(' ')).join('\n');

/** The words a letter may use in {{double braces}} (the same words as the mail area's templates, plus the list and the day). */
export const TEMPLATE_PLACEHOLDERS = ['компания', 'документы', 'срок', 'сотрудник', 'фирма'] as const;
export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>;

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** Placeholders a template names that do not exist. */
export const unknownPlaceholders = (text: string): string[] =>
  [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name.toLowerCase()));

/** The template with its placeholders (any case) filled in. */
export const renderTemplate = (text: string, values: TemplateValues): string =>
  text.replace(PLACEHOLDER, (whole, name: string) => values[name.toLowerCase() as keyof TemplateValues] ?? whole);

export const DEFAULT_DOCUMENT_REQUEST_TEMPLATE = {
  subject: 'Запрос документов: {{компания}}',
  body: [
    'Добрый день!',
    '',
    'Для ведения учёта {{компания}} просим прислать до {{срок}} следующие документы:',
    '{{документы}}',
    '',
    'Если какого-то документа нет, пожалуйста, напишите об этом в ответном письме.',
    '',
    'С уважением,',
    '{{сотрудник}}',
    '{{фирма}}',
  ].join('\n'),
};

/** The list of documents in a letter: the ones still awaited (all of them, if none is). */
export function documentsList(items: readonly ItemLike[]): string {
  const pending = items.filter((i) => i.status === DocumentItemStatus.PENDING);
  return (pending.length ? pending : items).map((item, i) => `${i + 1}. ${itemLine(item)}`).join('\n');
}
