import type { TFunction } from 'i18next';
import { isTransition } from '../../kernel/i18n/changes';
import { formatDay, formatKopecks, formatPhone } from '../../kernel/i18n/format';

/**
 * One audit entry as a sentence a person reads: «Задача «Проверить кадровые документы»: К выполнению
 * → На проверке». Works on what the server sends (subject title, field kinds and labels) and falls
 * back to the event's own payload where an older server or a live event lacks them.
 */
export interface SentenceFieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
  kind?: string | null;
  fromLabel?: string | null;
  toLabel?: string | null;
}

export interface SentenceEntry {
  type: string;
  changes?: Record<string, unknown> | null;
  subjectType?: string | null;
  subjectId?: string | null;
  subject?: { type: string; id: string; title?: string | null; projectId?: string | null } | null;
  fieldChanges?: readonly SentenceFieldChange[] | null;
}

export interface AuditSentence {
  text: string;
  /** Where the subject is shown in the app, if anywhere. */
  link: string | null;
}

/** Payload keys whose values are amounts in kopecks (the server marks changed fields as MONEY too). */
const MONEY_KEYS = new Set(['price', 'margin', 'cost', 'amount']);

const STATUS_NAMESPACES: Record<string, string> = {
  Project: 'projects.statuses',
  Client: 'clients.status',
  Obligation: 'clients.obligationStatus',
  Contract: 'contracts.statuses',
  ContractAmendment: 'contracts.statuses',
  PowerOfAttorney: 'contracts.poaStatuses',
  DocumentRequest: 'correspondence.requests.itemStatus',
};

/** Payload keys whose values are enum names with their own translations; `status` depends on the subject. */
function enumNamespace(key: string, subjectType: string | null | undefined): string | null {
  switch (key) {
    case 'role':
      return 'roles';
    case 'department':
      return 'departments';
    case 'stage':
      return 'leads.stages';
    case 'priority':
      return 'projects.priorities';
    case 'legalForm':
      return 'leads.legalForms';
    case 'taxRegime':
      return 'leads.regimes';
    case 'status':
      return STATUS_NAMESPACES[subjectType ?? ''] ?? 'projects.taskStatuses';
    case 'area':
    case 'serviceAreas':
      return 'contracts.areas';
    case 'kind':
      return subjectType === 'PowerOfAttorney' ? 'contracts.poaKinds' : null;
    case 'representativeKind':
      return 'contracts.representativeKinds';
    case 'channel':
      return 'contracts.channels';
    default:
      return null;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** camelCase payload key → the CONSTANT_CASE name of the ChangedField enum. */
const constantCase = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
const camelCase = (field: string) => field.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** An area's own names for values only it knows (a region's code, say); null leaves the value to the log. */
export type ValueNamer = (key: string, value: unknown) => string | null;

interface Ctx {
  t: TFunction;
  language: string;
  subjectType: string | null | undefined;
  nameValue?: ValueNamer;
}

/** One value as words: translated enum, ₽ amount, ДД.ММ.ГГГГ day, yes/no, a dash for nothing. */
export function formatAuditValue(key: string, value: unknown, ctx: Ctx, kind?: string | null): string {
  const { t } = ctx;
  if (value === null || value === undefined || value === '') return t('common.none');
  const named = ctx.nameValue?.(key, value);
  if (named) return named;
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') {
    // a year reads as 2027, never as a grouped number
    if (key === 'year') return String(value);
    return kind === 'MONEY' || MONEY_KEYS.has(key) ? formatKopecks(value, ctx.language) : value.toLocaleString(ctx.language);
  }
  if (typeof value === 'string') {
    const namespace = enumNamespace(key, ctx.subjectType);
    if (namespace) return t(`${namespace}.${value}`, { defaultValue: value });
    if (DAY.test(value)) return formatDay(value);
    if (key === 'phone') return formatPhone(value);
    // an id the server could not name (a deleted person): never show the UUID itself
    if (UUID.test(value)) return t('auditLog.unknownRef');
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map((item) => formatAuditValue(key, item, ctx, kind)).join(', ') : t('common.none');
  if (typeof value === 'object') return t('auditLog.changedValue');
  return String(value);
}

/** The entry's field changes, from `fieldChanges` when the server sends them, else from `changes`. */
function changesOf(entry: SentenceEntry): SentenceFieldChange[] {
  if (entry.fieldChanges && entry.fieldChanges.length) return [...entry.fieldChanges];
  const data = entry.changes ?? {};
  const nested = data.changes && typeof data.changes === 'object' ? (data.changes as Record<string, unknown>) : {};
  return Object.entries({ ...data, ...nested })
    .filter(([, value]) => isTransition(value))
    .map(([key, value]) => ({ field: constantCase(key), from: (value as { from?: unknown }).from, to: (value as { to?: unknown }).to }));
}

function changeSide(change: SentenceFieldChange, side: 'from' | 'to', ctx: Ctx): string {
  const label = side === 'from' ? change.fromLabel : change.toLabel;
  if (label) return label;
  return formatAuditValue(camelCase(change.field), change[side], ctx, change.kind);
}

/** Fields whose values do not fit on a line (long texts, ids of runs, requisites and lists of records): only «changed» is said. */
const EDITED_ONLY = new Set(['NOTES', 'DESCRIPTION', 'SPECIFICS', 'LOGO', 'EXTRA', 'POWERS', 'VAT_CLAUSE', 'FIRM_DETAILS', 'PRICING_RUN', 'CLIENT', 'CONTACTS', 'PATENTS']);
const isRecord = (value: unknown) => !!value && typeof value === 'object' && (!Array.isArray(value) || value.some((item) => item && typeof item === 'object'));

/** «статус: К выполнению → На проверке» for each changed field; a board position is not worth a line. */
export function describeFieldChanges(entry: SentenceEntry, ctx: Ctx): string[] {
  return changesOf(entry)
    .filter((change) => change.field !== 'POSITION')
    .map((change) => {
      const label = ctx.t(`audit.changedFields.${change.field}`, { defaultValue: change.field.toLowerCase() });
      if (change.kind === 'TEXT_LONG' || EDITED_ONLY.has(change.field) || isRecord(change.from) || isRecord(change.to)) {
        return ctx.t('auditLog.fieldEdited', { field: label });
      }
      return ctx.t('auditLog.fieldChange', { field: label, from: changeSide(change, 'from', ctx), to: changeSide(change, 'to', ctx) });
    });
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const current = (value: unknown): string | null => (isTransition(value) ? str(value.to) : str(value));

/** The subject's name: the server's title, else what the event itself recorded. */
function subjectTitle(entry: SentenceEntry): string | null {
  if (entry.subject?.title) return entry.subject.title;
  const data = entry.changes ?? {};
  const owner = data.owner && typeof data.owner === 'object' ? (data.owner as Record<string, unknown>) : null;
  return (
    current(data.companyName) ?? current(data.shortName) ?? current(data.title) ?? current(data.name) ?? str(data.label) ?? str(data.plan) ??
    str(owner?.name) ?? str(data.email) ?? str(data.number) ?? null
  );
}

/** Where the subject lives in the app. */
export function subjectLink(entry: SentenceEntry): string | null {
  const type = entry.subject?.type ?? entry.subjectType;
  const id = entry.subject?.id ?? entry.subjectId;
  const data = entry.changes ?? {};
  switch (type) {
    case 'Lead':
      return id ? `/leads/${id}` : null;
    case 'Project':
      return id ? `/projects/${id}` : null;
    case 'Task': {
      const projectId = entry.subject?.projectId ?? str(data.projectId);
      if (entry.type === 'TASK_DELETED') return projectId ? `/projects/${projectId}` : null;
      return projectId && id ? `/projects/${projectId}?task=${id}` : null;
    }
    case 'TariffPlan':
    case 'TariffVersion':
      return '/tariffs';
    case 'User':
      return '/team';
    case 'ProjectTemplate':
      return '/projects/templates';
    case 'Client':
      return id ? `/clients/${id}` : null;
    case 'Obligation':
      return str(data.clientId) ? `/clients/${str(data.clientId)}` : null;
    // a document request is on its client's timeline, else its lead's
    case 'DocumentRequest':
    case 'MailMessage':
      return str(data.clientId) ? `/clients/${str(data.clientId)}` : str(data.leadId) ? `/leads/${str(data.leadId)}` : null;
    case 'ProductionCalendar':
      return '/settings/calendars';
    case 'Contract':
      return id ? `/contracts/${id}` : null;
    // an amendment, a power of attorney or a document is shown on its contract's card, else in the registry
    case 'ContractAmendment':
    case 'PowerOfAttorney':
    case 'ContractDocument':
      return str(data.contractId) ? `/contracts/${str(data.contractId)}` : '/contracts';
    case 'LeadSource':
    case 'LostReason':
    case 'LeadField':
      return '/leads/settings';
    default:
      return null;
  }
}

/** The variant of an event's sentence its payload calls for (i18next context). */
function sentenceContext(type: string, data: Record<string, unknown>, fieldChanges: SentenceFieldChange[]): string | undefined {
  switch (type) {
    case 'PRICING_RUN_CREATED':
      return typeof data.margin === 'number' ? 'margin' : undefined;
    case 'TASK_MOVED':
      return fieldChanges.some((change) => change.field === 'STATUS') ? undefined : 'sameColumn';
    case 'POA_CREATED':
      return str(data.replacesId) ? 'replacement' : undefined;
    case 'CLIENT_CREATED':
      return str(data.leadId) ? 'fromLead' : undefined;
    case 'CLIENT_ACCEPTED':
      return typeof data.provisional === 'number' && data.provisional > 0 ? 'provisional' : undefined;
    case 'CLIENT_SCHEDULE_CHANGED':
      return typeof data.confirmed === 'number' && data.confirmed > 0 ? 'confirmed' : undefined;
    case 'PRODUCTION_CALENDAR_LOADED':
      return data.replaced === 'PROVISIONAL' ? undefined : 'replaced';
    default:
      return undefined;
  }
}

/**
 * An amendment as «№ 1 к договору № 2026-001»: its contract's number from the event, else from the
 * title the server gives it («2026-001 / 1»).
 */
function amendmentName(entry: SentenceEntry, t: TFunction): string {
  if (entry.subject?.type !== 'ContractAmendment' && entry.subjectType !== 'ContractAmendment') return '';
  const data = entry.changes ?? {};
  const title = entry.subject?.title ?? '';
  const split = title.lastIndexOf(' / ');
  const number = str(data.number) ?? (split > 0 ? title.slice(split + 3) : title);
  const contractNumber = str(data.contractNumber) ?? (split > 0 ? title.slice(0, split) : null);
  return t('auditLog.amendment', { number, contractNumber, context: contractNumber ? 'ofContract' : undefined, interpolation: { escapeValue: false } });
}

/** Builds the sentence of any entry; an event type without its own sentence still reads as one. */
export function describeEntry(entry: SentenceEntry, t: TFunction, language: string, nameValue?: ValueNamer): AuditSentence {
  const ctx: Ctx = { t, language, subjectType: entry.subject?.type ?? entry.subjectType, nameValue };
  const data = entry.changes ?? {};
  const vars: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) vars[key] = formatAuditValue(key, value, ctx);
  }
  const fieldChanges = changesOf(entry);
  const first = fieldChanges.find((change) => change.field !== 'POSITION');
  const details = describeFieldChanges(entry, ctx);
  const title = subjectTitle(entry);
  const owner = data.owner && typeof data.owner === 'object' ? (data.owner as Record<string, unknown>) : null;
  Object.assign(vars, {
    subject: title ?? t(`auditLog.subjectTypes.${ctx.subjectType ?? 'none'}`, { defaultValue: t('auditLog.unknownRef') }),
    details: details.length ? details.join('; ') : t('auditLog.noDetails'),
    from: first ? changeSide(first, 'from', ctx) : t('common.none'),
    to: first ? changeSide(first, 'to', ctx) : t('common.none'),
    ownerName: str(owner?.name) ?? '',
    department: data.department ? `, ${formatAuditValue('department', data.department, ctx)}` : '',
    lostReason: str(data.lostReason) ? t('auditLog.lostReason', { reason: data.lostReason }) : '',
    importedFrom: str(data.imported) ? t('auditLog.imported', { file: data.imported }) : '',
    template: str(data.template) ? t('auditLog.fromTemplate', { template: data.template }) : '',
    channel: str(data.channel) ? `, ${formatAuditValue('channel', data.channel, ctx)}` : '',
    reasonNote: str(data.reason) ? t('auditLog.lostReason', { reason: data.reason, interpolation: { escapeValue: false } }) : '',
    amendment: amendmentName(entry, t),
    period: str(data.fromDate) ? t('auditLog.period', { from: vars.fromDate, to: vars.toDate, context: str(data.toDate) ? 'bounded' : undefined }) : '',
  });
  const context = sentenceContext(entry.type, data, fieldChanges);
  const text = t(`auditLog.sentences.${entry.type}`, {
    ...vars,
    context,
    interpolation: { escapeValue: false },
    defaultValue: t('auditLog.sentences.fallback', { ...vars, event: t(`audit.events.${entry.type}`, { defaultValue: entry.type }), interpolation: { escapeValue: false } }),
  });
  return { text, link: subjectLink(entry) };
}
