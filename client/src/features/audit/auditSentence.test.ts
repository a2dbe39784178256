import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../kernel/i18n/en.json';
import ru from '../../kernel/i18n/ru.json';
import { EventType } from '../../gql/graphql';
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
    },
  });
  await i18n.init({ lng: 'ru', resources: { ru: resources('ru'), en: resources('en') }, interpolation: { escapeValue: false } });
});

const LEAD = '11111111-1111-4111-8111-111111111111';
const TASK = '22222222-2222-4222-8222-222222222222';
const PROJECT = '33333333-3333-4333-8333-333333333333';
const USER = '44444444-4444-4444-8444-444444444444';
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
  NOTIFICATION_CREATED: { type: 'NOTIFICATION_CREATED', subjectType: 'Notification', changes: { userId: USER, kind: 'FOLLOW_UP_DUE' } },
  NOTIFICATIONS_READ: { type: 'NOTIFICATIONS_READ', subjectType: 'User', subjectId: USER, changes: { userId: USER, ids: null } },
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
  ['LEADS_IMPORTED', 'Импорт лидов из «leads.xlsx»: загружено 12, пропущено 1', 'Leads imported from “leads.xlsx”: 12 loaded, 1 skipped', null],
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

  it('a type the client does not know yet still reads as its event name and subject', () => {
    const entry: SentenceEntry = { type: 'SOMETHING_NEW', subjectType: 'Lead', subject: { type: 'Lead', id: LEAD, title: 'ООО «Ромашка»' } };
    expect(describeEntry(entry, i18n.getFixedT('ru'), 'ru').text).toBe('SOMETHING_NEW: ООО «Ромашка»');
  });
});
