import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../kernel/i18n/en.json';
import ru from '../../kernel/i18n/ru.json';
import { EventType } from '../../gql/graphql';
import { clientsLocales } from '../clients';
import { contractsLocales } from '../contracts';
import { correspondenceLocales } from '../correspondence';
import { leadsLocales } from '../leads';
import { projectsLocales } from '../projects';
import { describeEntry, type SentenceEntry } from './auditSentence';
import auditEn from './locales/en.json';
import auditRu from './locales/ru.json';

const i18n = i18next.createInstance();
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  const resources = (language: 'ru' | 'en') => ({
    translation: {
      ...(language === 'ru' ? ru : en),
      auditLog: language === 'ru' ? auditRu : auditEn,
      leads: leadsLocales[language],
      projects: projectsLocales[language],
      contracts: contractsLocales[language],
      clients: clientsLocales[language],
      correspondence: correspondenceLocales[language],
    },
  });
  await i18n.init({ lng: 'ru', resources: { ru: resources('ru'), en: resources('en') }, interpolation: { escapeValue: false } });
});

const LEAD = '11111111-1111-4111-8111-111111111111';
const TASK = '22222222-2222-4222-8222-222222222222';
const PROJECT = '33333333-3333-4333-8333-333333333333';
const USER = '44444444-4444-4444-8444-444444444444';
const CONTRACT = '55555555-5555-4555-8555-555555555555';
const AMENDMENT = '66666666-6666-4666-8666-666666666666';
const POA = '77777777-7777-4777-8777-777777777777';
const DOCUMENT = '88888888-8888-4888-8888-888888888888';
const CLIENT = '99999999-9999-4999-8999-999999999999';
const OBLIGATION = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ACCOUNTANT = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const RUN = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const CALENDAR = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const contract = (type: string, changes: Record<string, unknown>): SentenceEntry => ({ type, subjectType: 'Contract', subjectId: CONTRACT, subject: { type: 'Contract', id: CONTRACT, title: '2026-001' }, changes });
const amendment = (type: string, changes: Record<string, unknown>): SentenceEntry => ({
  type, subjectType: 'ContractAmendment', subjectId: AMENDMENT, subject: { type: 'ContractAmendment', id: AMENDMENT, title: '2026-001 / 1' }, changes,
});
const poa = (type: string, changes: Record<string, unknown>): SentenceEntry => ({ type, subjectType: 'PowerOfAttorney', subjectId: POA, subject: { type: 'PowerOfAttorney', id: POA, title: 'Д-2026-004' }, changes });
const documentOf = (type: string, extra: Record<string, unknown>): SentenceEntry => ({
  type, subjectType: 'ContractDocument', subjectId: DOCUMENT, subject: { type: 'ContractDocument', id: DOCUMENT, title: 'Договор 2026-001' },
  changes: { title: 'Договор 2026-001', ownerType: 'CONTRACT', ownerId: CONTRACT, contractId: CONTRACT, ...extra },
});
const client = (type: string, changes: Record<string, unknown>, fieldChanges?: SentenceEntry['fieldChanges']): SentenceEntry => ({
  type, subjectType: 'Client', subjectId: CLIENT, subject: { type: 'Client', id: CLIENT, title: 'ООО «Ромашка»' }, changes, fieldChanges,
});
const signature = { number: '2026-001', contractId: CONTRACT, on: '2026-12-10', signer: 'Иванов И. И., генеральный директор', channel: 'EDO', status: 'SIGNED_BOTH' };
const task = { projectId: PROJECT, taskId: TASK, title: 'Проверить кадровые документы', task: { id: TASK, projectId: PROJECT, version: 2 } };

/** One sample entry per event type, as the server writes it (payload under `changes`). */
const SAMPLES: Record<string, SentenceEntry> = {
  FIRM_SIGNED_UP: { type: 'FIRM_SIGNED_UP', subjectType: 'Firm', changes: { firmName: 'Демо-бухгалтерия', owner: { name: 'Анна Орлова', email: 'a@x.ru' } } },
  FIRM_SETTINGS_CHANGED: { type: 'FIRM_SETTINGS_CHANGED', subjectType: 'Firm', changes: { timeZone: { from: 'Europe/Moscow', to: 'Asia/Yekaterinburg' } } },
  USER_INVITED: { type: 'USER_INVITED', subjectType: 'User', subjectId: USER, changes: { email: 'b@x.ru', name: 'Борис Петров', role: 'ACCOUNTANT', department: 'TAX' } },
  INVITATION_RENEWED: { type: 'INVITATION_RENEWED', subjectType: 'User', subjectId: USER, changes: { name: 'Борис Петров', email: 'b@x.ru' } },
  INVITE_ACCEPTED: { type: 'INVITE_ACCEPTED', subjectType: 'User', subjectId: USER, subject: { type: 'User', id: USER, title: 'Борис Петров' }, changes: { email: 'b@x.ru' } },
  USER_ROLE_CHANGED: { type: 'USER_ROLE_CHANGED', subjectType: 'User', subjectId: USER, changes: { name: 'Борис Петров', role: { from: 'ACCOUNTANT', to: 'HEAD' } } },
  USER_DEACTIVATED: { type: 'USER_DEACTIVATED', subjectType: 'User', subjectId: USER, changes: { name: 'Борис Петров', email: 'b@x.ru' } },
  USER_REACTIVATED: { type: 'USER_REACTIVATED', subjectType: 'User', subjectId: USER, changes: { name: 'Борис Петров', email: 'b@x.ru' } },
  PASSWORD_CHANGED: { type: 'PASSWORD_CHANGED', subjectType: 'User', subjectId: USER, subject: { type: 'User', id: USER, title: 'Борис Петров' }, changes: { keptSessionId: null } },
  LOGGED_OUT: { type: 'LOGGED_OUT', subjectType: 'User', subjectId: USER, subject: { type: 'User', id: USER, title: 'Борис Петров' }, changes: { sessionId: 'abc' } },
  API_TOKEN_CREATED: { type: 'API_TOKEN_CREATED', subjectType: 'ApiToken', changes: { name: '1С', role: 'MANAGER' } },
  API_TOKEN_REVOKED: { type: 'API_TOKEN_REVOKED', subjectType: 'ApiToken', changes: { name: '1С' } },
  LEAD_CREATED: { type: 'LEAD_CREATED', subjectType: 'Lead', subjectId: LEAD, changes: { companyName: 'ООО «Ромашка»', stage: 'NEW' } },
  LEAD_UPDATED: {
    type: 'LEAD_UPDATED', subjectType: 'Lead', subjectId: LEAD, changes: { companyName: 'ООО «Ромашка»', owner: { from: USER, to: null } },
    fieldChanges: [{ field: 'OWNER', from: USER, to: null, kind: 'REFERENCE', fromLabel: 'Борис Петров', toLabel: null }],
  },
  LEAD_STAGE_CHANGED: { type: 'LEAD_STAGE_CHANGED', subjectType: 'Lead', subjectId: LEAD, changes: { companyName: 'ООО «Ромашка»', stage: { from: 'NEGOTIATION', to: 'LOST' }, lostReason: 'Дорого' } },
  LEADS_IMPORTED: { type: 'LEADS_IMPORTED', subjectType: 'Firm', changes: { file: 'leads.xlsx', imported: 12, skipped: 1 } },
  LEAD_SOURCE_ADDED: { type: 'LEAD_SOURCE_ADDED', subjectType: 'LeadSource', changes: { name: 'Выставка' } },
  LEAD_SOURCE_CHANGED: { type: 'LEAD_SOURCE_CHANGED', subjectType: 'LeadSource', changes: { name: { from: 'Выставка', to: 'Выставки' }, archived: { from: false, to: false } } },
  LOST_REASON_ADDED: { type: 'LOST_REASON_ADDED', subjectType: 'LostReason', changes: { name: 'Дорого' } },
  LOST_REASON_CHANGED: { type: 'LOST_REASON_CHANGED', subjectType: 'LostReason', changes: { name: { from: 'Дорого', to: 'Дорого' }, archived: { from: false, to: true } } },
  LEAD_FIELD_ADDED: { type: 'LEAD_FIELD_ADDED', subjectType: 'LeadField', changes: { key: 'cashRegister', label: 'Касса', type: 'BOOLEAN', archived: false } },
  LEAD_FIELD_CHANGED: { type: 'LEAD_FIELD_CHANGED', subjectType: 'LeadField', changes: { key: 'cashRegister', label: 'Касса', type: 'BOOLEAN', archived: true } },
  PRICING_RUN_CREATED: { type: 'PRICING_RUN_CREATED', subjectType: 'Lead', subjectId: LEAD, subject: { type: 'Lead', id: LEAD, title: 'ООО «Ромашка»' }, changes: { run: 3, price: 3036000, margin: 1563900, tariffVersion: 1 } },
  TARIFF_DRAFT_CREATED: { type: 'TARIFF_DRAFT_CREATED', subjectType: 'TariffPlan', changes: { plan: 'Стандарт 2026', version: 2 } },
  TARIFF_DRAFT_CHANGED: { type: 'TARIFF_DRAFT_CHANGED', subjectType: 'TariffVersion', subject: { type: 'TariffVersion', id: 'v', title: 'Стандарт 2026' }, changes: { version: 2 } },
  TARIFF_PUBLISHED: { type: 'TARIFF_PUBLISHED', subjectType: 'TariffVersion', subject: { type: 'TariffVersion', id: 'v', title: 'Стандарт 2026' }, changes: { version: 2 } },
  PROJECT_CREATED: { type: 'PROJECT_CREATED', subjectType: 'Project', subjectId: PROJECT, changes: { name: 'Приём ООО «Ромашка»', template: 'Стандартный приём', coordinatorId: USER, memberIds: [] } },
  PROJECT_UPDATED: { type: 'PROJECT_UPDATED', subjectType: 'Project', subjectId: PROJECT, changes: { name: 'Приём ООО «Ромашка»', status: { from: 'ACTIVE', to: 'ON_HOLD' }, dueDate: { from: '2026-03-01', to: '2026-04-15' } } },
  TEMPLATE_CREATED: { type: 'TEMPLATE_CREATED', subjectType: 'ProjectTemplate', changes: { name: 'Стандартный приём', tasks: 8 } },
  TEMPLATE_CHANGED: { type: 'TEMPLATE_CHANGED', subjectType: 'ProjectTemplate', changes: { name: 'Стандартный приём', tasks: 9 } },
  TASK_CREATED: { type: 'TASK_CREATED', subjectType: 'Task', subjectId: TASK, changes: task },
  TASK_UPDATED: { type: 'TASK_UPDATED', subjectType: 'Task', subjectId: TASK, changes: { ...task, changes: { priority: { from: 'NORMAL', to: 'URGENT' } } } },
  TASK_STATUS_CHANGED: { type: 'TASK_STATUS_CHANGED', subjectType: 'Task', subjectId: TASK, changes: { ...task, changes: { status: { from: 'TODO', to: 'REVIEW' } } } },
  TASK_MOVED: { type: 'TASK_MOVED', subjectType: 'Task', subjectId: TASK, changes: { ...task, index: 0, changes: { status: { from: 'TODO', to: 'IN_PROGRESS' }, position: { from: 'a0', to: 'a1' } } } },
  TASK_ASSIGNED: { type: 'TASK_ASSIGNED', subjectType: 'Task', subjectId: TASK, changes: { ...task, changes: { assignee: { from: null, to: USER } } }, fieldChanges: [{ field: 'ASSIGNEE', from: null, to: USER, kind: 'REFERENCE', toLabel: 'Борис Петров' }] },
  TASK_COMMENTED: { type: 'TASK_COMMENTED', subjectType: 'Task', subjectId: TASK, changes: { ...task, commentId: 'c', mentions: [] } },
  TASK_DELETED: { type: 'TASK_DELETED', subjectType: 'Task', subjectId: TASK, changes: task },
  TIMELINE_ENTRY_ADDED: { type: 'TIMELINE_ENTRY_ADDED', subjectType: 'TimelineEntry', subject: { type: 'TimelineEntry', id: 'e', title: 'ООО «Ромашка»' }, changes: { leadId: LEAD, kind: 'CALL', occurredAt: '2026-12-03T07:00:00.000Z' } },
  FOLLOW_UP_CREATED: {
    type: 'FOLLOW_UP_CREATED', subjectType: 'FollowUp', subject: { type: 'FollowUp', id: 'f', title: 'ООО «Ромашка»' },
    changes: { leadId: LEAD, title: 'Перезвонить насчёт выписок', ownerId: USER, dueAt: '2026-12-04T07:00:00.000Z', entryId: 'e', createdAt: '2026-12-03T07:00:00.000Z' },
  },
  FOLLOW_UP_CLOSED: { type: 'FOLLOW_UP_CLOSED', subjectType: 'FollowUp', subject: { type: 'FollowUp', id: 'f', title: 'ООО «Ромашка»' }, changes: { leadId: LEAD, title: 'Перезвонить насчёт выписок', resultEntryId: 'r', occurredAt: '2026-12-04T07:00:00.000Z' } },
  DOCUMENT_REQUEST_CREATED: {
    type: 'DOCUMENT_REQUEST_CREATED', subjectType: 'DocumentRequest', subject: { type: 'DocumentRequest', id: 'd', title: 'ООО «Ромашка»' },
    changes: { leadId: LEAD, clientId: CLIENT, dueDate: '2026-12-10', responsibleId: USER, items: ['Выписки по расчётному счёту', 'Кадровые изменения'], createdAt: '2026-12-03T07:00:00.000Z' },
  },
  DOCUMENT_REQUEST_UPDATED: {
    type: 'DOCUMENT_REQUEST_UPDATED', subjectType: 'DocumentRequest', subject: { type: 'DocumentRequest', id: 'd', title: 'ООО «Ромашка»' },
    changes: { leadId: null, clientId: CLIENT, dueDate: { from: '2026-12-10', to: '2026-12-15' } },
  },
  DOCUMENT_REQUEST_ITEM_MARKED: {
    type: 'DOCUMENT_REQUEST_ITEM_MARKED', subjectType: 'DocumentRequest', subject: { type: 'DocumentRequest', id: 'd', title: 'ООО «Ромашка»' },
    changes: { leadId: LEAD, clientId: null, item: 'Кадровые изменения', status: { from: 'PENDING', to: 'WAIVED' }, note: 'Изменений не было', entryId: null, requestStatus: 'COMPLETE' },
  },
  NOTIFICATION_CREATED: { type: 'NOTIFICATION_CREATED', subjectType: 'Notification', changes: { userId: USER, kind: 'FOLLOW_UP_DUE' } },
  NOTIFICATIONS_READ: { type: 'NOTIFICATIONS_READ', subjectType: 'User', subjectId: USER, changes: { userId: USER, ids: null } },
  CONTRACT_CREATED: contract('CONTRACT_CREATED', { number: '2026-001', leadId: LEAD, price: 3036000 }),
  CONTRACT_UPDATED: {
    ...contract('CONTRACT_UPDATED', { number: '2026-001', startDate: { from: '2027-01-01', to: '2027-02-01' }, serviceAreas: { from: ['TAXES'], to: ['TAXES', 'PAYROLL'] }, manager: { from: null, to: USER }, pricingRun: { from: RUN, to: RUN }, client: { from: { inn: '7707083893' }, to: { inn: '7707083893', kpp: '770701001' } } }),
    fieldChanges: [
      { field: 'START_DATE', from: '2027-01-01', to: '2027-02-01', kind: 'DATE' },
      { field: 'SERVICE_AREAS', from: ['TAXES'], to: ['TAXES', 'PAYROLL'], kind: 'ENUM' },
      { field: 'MANAGER', from: null, to: USER, kind: 'REFERENCE', toLabel: 'Борис Петров' },
      { field: 'PRICING_RUN', from: RUN, to: RUN, kind: 'TEXT' },
      { field: 'CLIENT', from: { inn: '7707083893' }, to: { inn: '7707083893', kpp: '770701001' }, kind: 'TEXT' },
    ],
  },
  CONTRACT_SENT: contract('CONTRACT_SENT', { number: '2026-001', on: '2026-12-08' }),
  CONTRACT_SIGNED_BY_FIRM: contract('CONTRACT_SIGNED_BY_FIRM', { ...signature, signer: 'Орлова А. В.', channel: null, status: 'SIGNED_BY_FIRM' }),
  CONTRACT_SIGNED_BY_CLIENT: contract('CONTRACT_SIGNED_BY_CLIENT', signature),
  CONTRACT_ORIGINAL_RECEIVED: contract('CONTRACT_ORIGINAL_RECEIVED', { number: '2026-001', on: '2026-12-15' }),
  CONTRACT_TERMINATED: contract('CONTRACT_TERMINATED', { number: '2026-001', on: '2027-06-30', reason: 'Клиент закрывает бизнес' }),
  AMENDMENT_CREATED: amendment('AMENDMENT_CREATED', { number: '1', contractId: CONTRACT, contractNumber: '2026-001', price: 3500000, effectiveFrom: '2027-03-01' }),
  AMENDMENT_SENT: amendment('AMENDMENT_SENT', { number: '1', contractId: CONTRACT, contractNumber: '2026-001', on: '2027-02-20' }),
  AMENDMENT_SIGNED_BY_FIRM: amendment('AMENDMENT_SIGNED_BY_FIRM', { ...signature, number: '1', on: '2027-02-21', signer: 'Орлова А. В.', channel: 'PAPER', status: 'SIGNED_BY_FIRM' }),
  AMENDMENT_SIGNED_BY_CLIENT: amendment('AMENDMENT_SIGNED_BY_CLIENT', { ...signature, number: '1', on: '2027-02-25' }),
  CONTRACT_SETTINGS_CHANGED: {
    type: 'CONTRACT_SETTINGS_CHANGED', subjectType: 'ContractSettings', subjectId: 'ssssssss',
    changes: { contractNumberPattern: { from: '{YYYY}-{NNN}', to: 'Д-{YYYY}/{NNN}' }, poaWarningDays: { from: 30, to: 45 }, vatClause: { from: 'НДС не облагается', to: 'Без НДС (УСН)' } },
  },
  POA_CREATED: poa('POA_CREATED', { number: 'Д-2026-004', kind: 'TAX', contractId: CONTRACT, replacesId: null }),
  POA_UPDATED: {
    ...poa('POA_UPDATED', { number: 'Д-2026-004', kind: { from: 'TAX', to: 'SOCIAL_FUND' }, representativeKind: { from: 'FIRM', to: 'EMPLOYEE' }, representative: { from: null, to: USER }, machineReadable: { from: false, to: true }, powers: { from: 'представлять', to: 'представлять и подписывать' } }),
    fieldChanges: [
      { field: 'KIND', from: 'TAX', to: 'SOCIAL_FUND', kind: 'ENUM' },
      { field: 'REPRESENTATIVE_KIND', from: 'FIRM', to: 'EMPLOYEE', kind: 'ENUM' },
      { field: 'REPRESENTATIVE', from: null, to: USER, kind: 'REFERENCE', toLabel: 'Борис Петров' },
      { field: 'MACHINE_READABLE', from: false, to: true, kind: 'BOOLEAN' },
      { field: 'POWERS', from: 'представлять', to: 'представлять и подписывать', kind: 'TEXT_LONG' },
    ],
  },
  POA_ISSUED: poa('POA_ISSUED', { number: 'Д-2026-004', on: '2026-12-11', validUntil: '2027-12-10' }),
  POA_REVOKED: poa('POA_REVOKED', { number: 'Д-2026-004', on: '2027-05-01', reason: 'Сменился представитель' }),
  POA_EXPIRED: poa('POA_EXPIRED', { number: 'Д-2026-004', on: '2027-12-11', validUntil: '2027-12-10' }),
  POA_XML_UPLOADED: poa('POA_XML_UPLOADED', { number: 'Д-2026-004', fileName: 'ON_EMCHD_20260310.xml', mismatches: ['VALID_UNTIL'] }),
  DOCUMENT_REQUESTED: documentOf('DOCUMENT_REQUESTED', {}),
  DOCUMENT_READY: documentOf('DOCUMENT_READY', { pdf: true }),
  DOCUMENT_FAILED: documentOf('DOCUMENT_FAILED', { error: 'soffice exited with code 1' }),
  SCAN_ATTACHED: {
    type: 'SCAN_ATTACHED', subjectType: 'ContractDocument', subjectId: DOCUMENT, subject: { type: 'ContractDocument', id: DOCUMENT, title: 'Скан: Договор 2026-001' },
    changes: { title: 'Скан: Договор 2026-001', ownerType: 'CONTRACT', ownerId: CONTRACT, contractId: CONTRACT, type: 'application/pdf', size: 120000 },
  },
  TEMPLATE_UPLOADED: { type: 'TEMPLATE_UPLOADED', subjectType: 'DocumentTemplate', subjectId: DOCUMENT, changes: { kind: 'CONTRACT', fileName: 'Договор.docx', active: false, unknownPlaceholders: ['seal'] } },
  TEMPLATE_ACTIVATED: { type: 'TEMPLATE_ACTIVATED', subjectType: 'DocumentTemplate', subjectId: DOCUMENT, changes: { kind: 'CONTRACT', fileName: 'Договор.docx' } },
  TEMPLATE_RESET: { type: 'TEMPLATE_RESET', subjectType: 'DocumentTemplate', subjectId: DOCUMENT, changes: { kind: 'CONTRACT', fileName: 'Договор.docx' } },
  CLIENT_CREATED: client('CLIENT_CREATED', { shortName: 'ООО «Ромашка»', leadId: LEAD }),
  CLIENT_UPDATED: client(
    'CLIENT_UPDATED',
    { shortName: 'ООО «Ромашка»', taxRegime: { from: 'USN_INCOME', to: 'OSNO' }, vatPayer: { from: false, to: true }, headcount: { from: 5, to: 12 }, contacts: { from: [], to: [{ name: 'Мария', phone: '+79161234567' }] } },
    [
      { field: 'TAX_REGIME', from: 'USN_INCOME', to: 'OSNO', kind: 'ENUM' },
      { field: 'VAT_PAYER', from: false, to: true, kind: 'BOOLEAN' },
      { field: 'HEADCOUNT', from: 5, to: 12, kind: 'NUMBER' },
      { field: 'CONTACTS', from: [], to: [{ name: 'Мария', phone: '+79161234567' }], kind: 'TEXT' },
    ],
  ),
  CLIENT_ACCEPTED: client('CLIENT_ACCEPTED', { shortName: 'ООО «Ромашка»', status: { from: 'ONBOARDING', to: 'ACTIVE' }, since: '2027-01-01', obligations: 48, provisional: 6 }),
  CLIENT_STATUS_CHANGED: client('CLIENT_STATUS_CHANGED', { shortName: 'ООО «Ромашка»', status: { from: 'ACTIVE', to: 'SUSPENDED' }, since: '2027-04-01' }),
  CLIENT_AREA_ASSIGNED: client(
    'CLIENT_AREA_ASSIGNED',
    { shortName: 'ООО «Ромашка»', area: 'PAYROLL', accountant: { from: USER, to: ACCOUNTANT }, fromDate: '2027-02-01', toDate: null, moved: 7 },
    [{ field: 'ACCOUNTANT', from: USER, to: ACCOUNTANT, kind: 'REFERENCE', fromLabel: 'Борис Петров', toLabel: 'Вера Смирнова' }],
  ),
  CLIENT_SCHEDULE_CHANGED: client('CLIENT_SCHEDULE_CHANGED', { shortName: 'ООО «Ромашка»', added: 4, removed: 2, redated: 1, cancelled: 1 }),
  PRODUCTION_CALENDAR_LOADED: {
    type: 'PRODUCTION_CALENDAR_LOADED', subjectType: 'ProductionCalendar', subjectId: CALENDAR, subject: { type: 'ProductionCalendar', id: CALENDAR, title: null },
    changes: { year: 2027, source: 'calendar.xml (2026.09.02)', workingDays: 247, replaced: 'PROVISIONAL', changed: 4 },
  },
  OBLIGATION_FEED_ISSUED: { type: 'OBLIGATION_FEED_ISSUED', subjectType: 'User', subjectId: ACCOUNTANT, subject: { type: 'User', id: ACCOUNTANT, title: 'Вера Смирнова' }, changes: { rotated: true } },
  OBLIGATION_FEED_REVOKED: { type: 'OBLIGATION_FEED_REVOKED', subjectType: 'User', subjectId: ACCOUNTANT, subject: { type: 'User', id: ACCOUNTANT, title: 'Вера Смирнова' }, changes: {} },
  OBLIGATION_REMINDERS_SET: { type: 'OBLIGATION_REMINDERS_SET', subjectType: 'User', subjectId: ACCOUNTANT, subject: { type: 'User', id: ACCOUNTANT, title: 'Вера Смирнова' }, changes: { daysBefore: 5 } },
  MAILBOX_ADDED: { type: 'MAILBOX_ADDED', subjectType: 'Mailbox', changes: { label: 'Общий ящик', address: 'office@balans.ru' } },
  MAILBOX_CHANGED: { type: 'MAILBOX_CHANGED', subjectType: 'Mailbox', changes: { label: 'Общий ящик', address: 'office@balans.ru', fields: ['smtpHost', 'imapPassword'] } },
  MAILBOX_REMOVED: { type: 'MAILBOX_REMOVED', subjectType: 'Mailbox', changes: { label: 'Общий ящик', address: 'office@balans.ru' } },
  MAIL_TEMPLATE_CHANGED: { type: 'MAIL_TEMPLATE_CHANGED', subjectType: 'MailTemplate', changes: { code: 'PAYMENT_REMINDER', subject: 'Оплата — {{компания}}' } },
  MAIL_SENT: { type: 'MAIL_SENT', subjectType: 'MailMessage', changes: { leadId: LEAD, clientId: null, subject: 'Запрос документов', to: ['buh@romashka.ru'], mailboxId: 'm' } },
  MAIL_RECEIVED: { type: 'MAIL_RECEIVED', subjectType: 'MailMessage', changes: { leadId: null, clientId: CLIENT, subject: 'Выписки', from: 'buh@romashka.ru', matchedBy: 'CONTACT' } },
  MAIL_ASSIGNED: { type: 'MAIL_ASSIGNED', subjectType: 'MailMessage', changes: { leadId: LEAD, clientId: null, subject: 'Предложение', from: 'stranger@example.com' } },
  OBLIGATION_STATUS_CHANGED: {
    type: 'OBLIGATION_STATUS_CHANGED', subjectType: 'Obligation', subjectId: OBLIGATION, subject: { type: 'Obligation', id: OBLIGATION, title: 'Декларация по НДС за 4 кв. 2026 — ООО «Ромашка»' },
    changes: { clientId: CLIENT, title: 'Декларация по НДС за 4 кв. 2026', status: { from: 'IN_PROGRESS', to: 'NOT_REQUIRED' }, doneDate: null, note: null, reason: 'Клиент перешёл на УСН' },
  },
};

/** What each sample reads as, in Russian and in English. */
const EXPECTED: [string, string, string, string | null][] = [
  ['FIRM_SIGNED_UP', 'Зарегистрирована фирма «Демо-бухгалтерия», владелец — Анна Орлова', 'Firm “Демо-бухгалтерия” signed up, owner Анна Орлова', null],
  ['FIRM_SETTINGS_CHANGED', 'Настройки фирмы: часовой пояс Europe/Moscow → Asia/Yekaterinburg', 'Firm settings: time zone Europe/Moscow → Asia/Yekaterinburg', null],
  ['USER_INVITED', 'Приглашение для Борис Петров (b@x.ru): Бухгалтер, Налоговый отдел', 'Invitation for Борис Петров (b@x.ru): Accountant, Tax department', '/team'],
  ['USER_ROLE_CHANGED', 'Борис Петров: роль Бухгалтер → Руководитель отдела', 'Борис Петров: role Accountant → Head of department', '/team'],
  ['INVITE_ACCEPTED', 'Борис Петров принимает приглашение и входит в команду', 'Борис Петров accepted the invitation and joined the team', '/team'],
  ['LEAD_CREATED', 'Новый лид «ООО «Ромашка»», этап «Новый»', 'New lead “ООО «Ромашка»”, stage “New”', `/leads/${LEAD}`],
  ['LEAD_UPDATED', 'Лид «ООО «Ромашка»»: ответственный Борис Петров → —', 'Lead “ООО «Ромашка»”: owner Борис Петров → —', `/leads/${LEAD}`],
  ['LEAD_STAGE_CHANGED', 'Лид «ООО «Ромашка»»: Переговоры → Отказ (причина: Дорого)', 'Lead “ООО «Ромашка»”: Negotiation → Lost (reason: Дорого)', `/leads/${LEAD}`],
  ['PRICING_RUN_CREATED', 'Расчёт № 3 для лида «ООО «Ромашка»»: 30 360 ₽ в месяц, маржа 15 639 ₽', 'Calculation no. 3 for lead “ООО «Ромашка»”: ₽30,360 a month, margin ₽15,639', `/leads/${LEAD}`],
  ['TARIFF_PUBLISHED', 'Опубликован тариф «Стандарт 2026», версия 2', 'Tariff “Стандарт 2026”, version 2, published', '/tariffs'],
  ['PROJECT_UPDATED', 'Проект «Приём ООО «Ромашка»»: статус В работе → Приостановлен; срок 01.03.2026 → 15.04.2026', 'Project “Приём ООО «Ромашка»”: status Active → On hold; due date 01.03.2026 → 15.04.2026', `/projects/${PROJECT}`],
  ['TASK_STATUS_CHANGED', 'Задача «Проверить кадровые документы»: К выполнению → На проверке', 'Task “Проверить кадровые документы”: To do → In review', `/projects/${PROJECT}?task=${TASK}`],
  ['TASK_MOVED', 'Задача «Проверить кадровые документы»: К выполнению → В работе', 'Task “Проверить кадровые документы”: To do → In progress', `/projects/${PROJECT}?task=${TASK}`],
  ['TASK_ASSIGNED', 'Задача «Проверить кадровые документы»: исполнитель — → Борис Петров', 'Task “Проверить кадровые документы”: assignee — → Борис Петров', `/projects/${PROJECT}?task=${TASK}`],
  ['TASK_UPDATED', 'Задача «Проверить кадровые документы»: приоритет Обычный → Срочный', 'Task “Проверить кадровые документы”: priority Normal → Urgent', `/projects/${PROJECT}?task=${TASK}`],
  ['TASK_DELETED', 'Удалена задача «Проверить кадровые документы»', 'Task “Проверить кадровые документы” deleted', `/projects/${PROJECT}`],
  ['FOLLOW_UP_CREATED', 'Напоминание «Перезвонить насчёт выписок» по лиду «ООО «Ромашка»»', 'Follow-up “Перезвонить насчёт выписок” on lead “ООО «Ромашка»”', null],
  ['DOCUMENT_REQUEST_CREATED', 'Запрос документов по «ООО «Ромашка»»: Выписки по расчётному счёту, Кадровые изменения; прислать до 10.12.2026', 'Document request for “ООО «Ромашка»”: Выписки по расчётному счёту, Кадровые изменения; due by 10.12.2026', `/clients/${CLIENT}`],
  ['DOCUMENT_REQUEST_UPDATED', 'Запрос документов по «ООО «Ромашка»»: срок 10.12.2026 → 15.12.2026', 'Document request for “ООО «Ромашка»”: due date 10.12.2026 → 15.12.2026', `/clients/${CLIENT}`],
  ['DOCUMENT_REQUEST_ITEM_MARKED', 'Запрос документов по «ООО «Ромашка»»: «Кадровые изменения» — Ждём → Не нужно', 'Document request for “ООО «Ромашка»”: “Кадровые изменения” — Awaited → Not needed', `/leads/${LEAD}`],
  ['LEADS_IMPORTED', 'Импорт лидов из «leads.xlsx»: загружено 12, пропущено 1', 'Leads imported from “leads.xlsx”: 12 loaded, 1 skipped', null],
  ['CONTRACT_CREATED', 'Составлен договор № 2026-001: 30 360 ₽ в месяц', 'Contract no. 2026-001 drawn up: ₽30,360 a month', `/contracts/${CONTRACT}`],
  [
    'CONTRACT_UPDATED',
    'Договор № 2026-001: дата начала 01.01.2027 → 01.02.2027; участки обслуживания Налоги и отчётность → Налоги и отчётность, Зарплата и кадры; менеджер — → Борис Петров; изменено поле «расчёт»; изменено поле «реквизиты клиента»',
    "Contract no. 2026-001: start date 01.01.2027 → 01.02.2027; service areas Taxes and reporting → Taxes and reporting, Payroll and HR; manager — → Борис Петров; field “pricing run” edited; field “client's details” edited",
    `/contracts/${CONTRACT}`,
  ],
  [
    'CONTRACT_SIGNED_BY_CLIENT',
    'Договор № 2026-001 подписан клиентом 10.12.2026 (Иванов И. И., генеральный директор, ЭДО), статус «Подписан обеими сторонами»',
    'Contract no. 2026-001 signed by the client on 10.12.2026 (Иванов И. И., генеральный директор, Electronic exchange), status “Signed by both”',
    `/contracts/${CONTRACT}`,
  ],
  ['CONTRACT_SIGNED_BY_FIRM', 'Договор № 2026-001 подписан фирмой 10.12.2026 (Орлова А. В.), статус «Подписан фирмой»', 'Contract no. 2026-001 signed by the firm on 10.12.2026 (Орлова А. В.), status “Signed by the firm”', `/contracts/${CONTRACT}`],
  ['CONTRACT_TERMINATED', 'Договор № 2026-001 расторгнут с 30.06.2027: Клиент закрывает бизнес', 'Contract no. 2026-001 terminated from 30.06.2027: Клиент закрывает бизнес', `/contracts/${CONTRACT}`],
  ['AMENDMENT_CREATED', 'Составлено доп. соглашение № 1 к договору № 2026-001: 35 000 ₽ в месяц с 01.03.2027', 'Amendment no. 1 to contract no. 2026-001 drawn up: ₽35,000 a month from 01.03.2027', `/contracts/${CONTRACT}`],
  [
    'AMENDMENT_SIGNED_BY_FIRM',
    'Доп. соглашение № 1 к договору № 2026-001 подписано фирмой 21.02.2027 (Орлова А. В., Бумажный оригинал)',
    'Amendment no. 1 to contract no. 2026-001 signed by the firm on 21.02.2027 (Орлова А. В., Paper original)',
    `/contracts/${CONTRACT}`,
  ],
  ['CONTRACT_SETTINGS_CHANGED', 'Настройки договоров: шаблон номера договора {YYYY}-{NNN} → Д-{YYYY}/{NNN}; предупреждать за, дней 30 → 45; изменено поле «оговорка об НДС»', 'Contract settings: contract number pattern {YYYY}-{NNN} → Д-{YYYY}/{NNN}; warning days 30 → 45; field “VAT clause” edited', null],
  ['POA_CREATED', 'Составлена доверенность № Д-2026-004: ФНС', 'Power of attorney no. Д-2026-004 drawn up: Tax authority', `/contracts/${CONTRACT}`],
  [
    'POA_UPDATED',
    'Доверенность № Д-2026-004: вид ФНС → СФР; кому выдана Фирме → Сотруднику; представитель — → Борис Петров; МЧД нет → да; изменено поле «полномочия»',
    'Power of attorney no. Д-2026-004: kind Tax authority → Social fund; representative kind The firm → An employee; representative — → Борис Петров; machine-readable no → yes; field “powers” edited',
    '/contracts',
  ],
  ['POA_ISSUED', 'Доверенность № Д-2026-004 выдана 11.12.2026, действует по 10.12.2027', 'Power of attorney no. Д-2026-004 issued on 11.12.2026, valid until 10.12.2027', '/contracts'],
  ['POA_EXPIRED', 'Доверенность № Д-2026-004 истекла: действовала по 10.12.2027', 'Power of attorney no. Д-2026-004 expired: it was valid until 10.12.2027', '/contracts'],
  ['POA_XML_UPLOADED', 'К доверенности № Д-2026-004 загружен файл МЧД «ON_EMCHD_20260310.xml»', 'МЧД file “ON_EMCHD_20260310.xml” uploaded to power of attorney no. Д-2026-004', '/contracts'],
  ['DOCUMENT_FAILED', 'Не удалось сформировать документ «Договор 2026-001»', 'Document “Договор 2026-001” could not be generated', `/contracts/${CONTRACT}`],
  ['SCAN_ATTACHED', 'Приложен скан подписанного документа «Скан: Договор 2026-001»', 'Scanned signed copy “Скан: Договор 2026-001” attached', `/contracts/${CONTRACT}`],
  ['TEMPLATE_UPLOADED', 'Загружен шаблон документа «Договор.docx»', 'Document template “Договор.docx” uploaded', null],
  ['TEMPLATE_ACTIVATED', 'Шаблон «Договор.docx» принят несмотря на неизвестные поля', 'Template “Договор.docx” accepted despite unknown placeholders', null],
  ['TEMPLATE_RESET', 'Вместо шаблона «Договор.docx» снова используется стандартный', 'The standard template replaces “Договор.docx” again', null],
  ['CLIENT_CREATED', 'Новый клиент «ООО «Ромашка»» из лида', 'New client “ООО «Ромашка»” from a lead', `/clients/${CLIENT}`],
  [
    'CLIENT_UPDATED',
    'Клиент «ООО «Ромашка»»: налоговый режим УСН «Доходы» → ОСНО; плательщик НДС нет → да; численность 5 → 12; изменено поле «контакты»',
    'Client “ООО «Ромашка»”: tax regime Simplified, income (USN) → General (OSNO); VAT payer no → yes; headcount 5 → 12; field “contacts” edited',
    `/clients/${CLIENT}`,
  ],
  [
    'CLIENT_ACCEPTED',
    'Клиент «ООО «Ромашка»» принят на обслуживание с 01.01.2027, обязательств в календаре: 48, из них со сроком по предварительному календарю: 6',
    'Client “ООО «Ромашка»” accepted for service from 01.01.2027, 48 obligations in the calendar, 6 of them due by the provisional calendar',
    `/clients/${CLIENT}`,
  ],
  ['CLIENT_STATUS_CHANGED', 'Клиент «ООО «Ромашка»»: На обслуживании → Приостановлен с 01.04.2027', 'Client “ООО «Ромашка»”: Active → Suspended from 01.04.2027', `/clients/${CLIENT}`],
  [
    'CLIENT_AREA_ASSIGNED',
    'Клиент «ООО «Ромашка»», участок «Зарплата и кадры»: бухгалтер Борис Петров → Вера Смирнова с 01.02.2027, передано открытых обязательств: 7',
    'Client “ООО «Ромашка»”, area “Payroll and HR”: accountant Борис Петров → Вера Смирнова from 01.02.2027, open obligations handed over: 7',
    `/clients/${CLIENT}`,
  ],
  [
    'CLIENT_SCHEDULE_CHANGED',
    'Календарь обязательств клиента «ООО «Ромашка»» пересчитан: добавлено 4, убрано 2, сменили срок 1, стали «не требуется» 1',
    'Obligations calendar of client “ООО «Ромашка»” recalculated: 4 added, 2 removed, 1 re-dated, 1 no longer required',
    `/clients/${CLIENT}`,
  ],
  ['MAILBOX_ADDED', 'Подключён почтовый ящик «Общий ящик» (office@balans.ru)', 'Mailbox “Общий ящик” (office@balans.ru) connected', null],
  ['MAIL_RECEIVED', 'Получено новое письмо в почтовый ящик фирмы', "A new letter arrived in the firm's mailbox", `/clients/${CLIENT}`],
  [
    'PRODUCTION_CALENDAR_LOADED',
    'Загружен производственный календарь 2027 года (calendar.xml (2026.09.02)) вместо предварительного: рабочих дней 247, изменилось дней: 4',
    'Production calendar for 2027 loaded (calendar.xml (2026.09.02)) in place of the provisional one: 247 working days, 4 days changed',
    '/settings/calendars',
  ],
  [
    'OBLIGATION_STATUS_CHANGED',
    'Обязательство «Декларация по НДС за 4 кв. 2026 — ООО «Ромашка»»: В работе → Не требуется (причина: Клиент перешёл на УСН)',
    'Obligation “Декларация по НДС за 4 кв. 2026 — ООО «Ромашка»”: In progress → Not required (reason: Клиент перешёл на УСН)',
    `/clients/${CLIENT}`,
  ],
];

describe('describeEntry', () => {
  it('has a sample for every event type of the schema', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.values(EventType).sort());
  });

  it.each(Object.values(EventType))('%s reads as a sentence in both languages, without ids, JSON or codes', (type) => {
    const entry = SAMPLES[type]!;
    for (const language of ['ru', 'en'] as const) {
      const t = i18n.getFixedT(language);
      expect(i18n.exists(`auditLog.sentences.${type}`, { lng: language })).toBe(true);
      const { text } = describeEntry(entry, t, language);
      expect(text).not.toMatch(/\{\{|\}\}|[0-9a-f]{8}-[0-9a-f]{4}|[{[]"|undefined|null|\b[A-Z]+_[A-Z_]+\b/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it.each(EXPECTED)('%s', (type, ruText, enText, link) => {
    const entry = SAMPLES[type]!;
    expect(nbsp(describeEntry(entry, i18n.getFixedT('ru'), 'ru').text)).toBe(ruText);
    expect(nbsp(describeEntry(entry, i18n.getFixedT('en'), 'en').text)).toBe(enText);
    expect(describeEntry(entry, i18n.getFixedT('ru'), 'ru').link).toBe(link);
  });

  it('prefers the title the server resolved over the one stored in the event', () => {
    const entry = { ...SAMPLES.TASK_CREATED!, subject: { type: 'Task', id: TASK, title: 'Новое название' } };
    expect(describeEntry(entry, i18n.getFixedT('ru'), 'ru').text).toBe('Создана задача «Новое название»');
  });

  it('never shows a reference id the server could not name', () => {
    const entry: SentenceEntry = { type: 'TASK_ASSIGNED', subjectType: 'Task', subjectId: TASK, changes: { ...task, changes: { assignee: { from: USER, to: null } } } };
    expect(describeEntry(entry, i18n.getFixedT('ru'), 'ru').text).toBe('Задача «Проверить кадровые документы»: исполнитель удалённая запись → —');
  });

  it("the firm's requisites: phones as +7 (495) 123-45-67, a new logo as changed, with no bytes", () => {
    const entry: SentenceEntry = {
      type: 'FIRM_SETTINGS_CHANGED',
      subjectType: 'Firm',
      changes: { phone: { from: null, to: '+74951234567' }, vatRate: { from: null, to: 20 }, logo: { from: null, to: 2048 } },
    };
    expect(nbsp(describeEntry(entry, i18n.getFixedT('ru'), 'ru').text)).toBe('Настройки фирмы: телефон — → +7 (495) 123-45-67; ставка НДС, % — → 20; изменено поле «логотип»');
  });

  it('names a contract, an amendment and a client from the event itself when the server sent no title (a live event)', () => {
    const ru = i18n.getFixedT('ru');
    const bare = (entry: SentenceEntry): SentenceEntry => ({ ...entry, subject: null });
    expect(nbsp(describeEntry(bare(SAMPLES.CONTRACT_SENT!), ru, 'ru').text)).toBe('Договор № 2026-001 отправлен клиенту на подпись 08.12.2026');
    expect(describeEntry(bare(SAMPLES.AMENDMENT_SENT!), ru, 'ru').text).toBe('Доп. соглашение № 1 к договору № 2026-001 отправлено клиенту на подпись 20.02.2027');
    // a signature names only the amendment's own number
    expect(describeEntry(bare(SAMPLES.AMENDMENT_SIGNED_BY_CLIENT!), ru, 'ru').text).toBe('Доп. соглашение № 1 подписано клиентом 25.02.2027 (Иванов И. И., генеральный директор, ЭДО)');
    expect(describeEntry(bare(SAMPLES.CLIENT_STATUS_CHANGED!), ru, 'ru').text).toBe('Клиент «ООО «Ромашка»»: На обслуживании → Приостановлен с 01.04.2027');
    expect(describeEntry(bare(SAMPLES.OBLIGATION_STATUS_CHANGED!), ru, 'ru').text).toBe('Обязательство «Декларация по НДС за 4 кв. 2026»: В работе → Не требуется (причина: Клиент перешёл на УСН)');
  });

  it('says when a power of attorney replaces another and when an assignment has an end', () => {
    const ru = i18n.getFixedT('ru');
    const replacing = { ...SAMPLES.POA_CREATED!, changes: { number: 'Д-2026-005', kind: 'BANK', contractId: null, replacesId: POA } };
    expect(describeEntry({ ...replacing, subject: null }, ru, 'ru')).toEqual({ text: 'Составлена доверенность № Д-2026-005 взамен прежней: Банк', link: '/contracts' });
    const bounded = { ...SAMPLES.CLIENT_AREA_ASSIGNED!, changes: { ...SAMPLES.CLIENT_AREA_ASSIGNED!.changes, toDate: '2027-06-30', moved: 0 } };
    expect(describeEntry(bounded, ru, 'ru').text).toBe('Клиент «ООО «Ромашка»», участок «Зарплата и кадры»: бухгалтер Борис Петров → Вера Смирнова с 01.02.2027 по 30.06.2027, передано открытых обязательств: 0');
  });

  it('a type the client does not know yet still reads as its event name and subject', () => {
    const entry: SentenceEntry = { type: 'SOMETHING_NEW', subjectType: 'Lead', subject: { type: 'Lead', id: LEAD, title: 'ООО «Ромашка»' } };
    expect(describeEntry(entry, i18n.getFixedT('ru'), 'ru').text).toBe('SOMETHING_NEW: ООО «Ромашка»');
  });
});
