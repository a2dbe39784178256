import type { Scope, SignedInScope } from '../../graphql/scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Principal } from '../../graphql/context.js';
import { fieldError, notFound } from '../../graphql/errors.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction } from '../events/event-log.js';
import { LeadFieldType } from './lead.enums.js';
import { LeadField, LeadSource, LostReason } from './lead-lists.entity.js';
import { readRows } from '../../db/rows.js';
import type { LeadFieldInput, NamedListItemInput } from './lead.inputs.js';
import { LEADS_TOPIC } from './lead.service.js';

export const DEFAULT_LEAD_SOURCES = ['Рекомендация', 'Сайт', 'Реклама', 'Партнёр', 'Соцсети', 'Другое'];
export const DEFAULT_LOST_REASONS = ['Дорого', 'Выбрал другую компанию', 'Не выходит на связь', 'Передумал', 'Не наш профиль'];

/** Gives a new firm the usual lead sources and loss reasons, which it can then edit. */
export function seedLeadLists(em: EntityManager, firmId: string): void {
  DEFAULT_LEAD_SOURCES.forEach((name, position) => em.create(LeadSource, { firm: firmId, name, position }));
  DEFAULT_LOST_REASONS.forEach((name, position) => em.create(LostReason, { firm: firmId, name, position }));
}

type NamedList = typeof LeadSource | typeof LostReason;

const eventName = (entity: NamedList) => (entity === LeadSource ? 'LEAD_SOURCE' : 'LOST_REASON');

const KEY = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;

/** The firm's editable lists of the lead card: sources, loss reasons and extra fields. */
export class LeadListsService {
  list<T extends NamedList>({ em }: Scope, entity: T): Promise<InstanceType<T>[]> {
    return readRows(em, entity as NamedList, {}, { orderBy: [{ archived: 'asc' }, { position: 'asc' }, { name: 'asc' }, { id: 'asc' }] }) as Promise<InstanceType<T>[]>;
  }

  async addItem({ em, principal }: SignedInScope, entity: NamedList, input: NamedListItemInput): Promise<LeadSource | LostReason> {
    const position = await em.count(entity, {});
    return this.unique(() =>
      recordedTransaction(em, actorOf(principal), async (tx) => {
        const item = tx.em.create(entity as typeof LeadSource, { firm: principal.firmId, name: input.name.trim(), position, archived: input.archived ?? false });
        tx.record({ topic: LEADS_TOPIC, type: `${eventName(entity)}_ADDED`, subjectType: entity.name, subjectId: item.id, data: { name: item.name } });
        return item;
      }),
    );
  }

  async updateItem({ em, principal }: SignedInScope, entity: NamedList, id: string, input: NamedListItemInput): Promise<LeadSource | LostReason> {
    return this.unique(() =>
      recordedTransaction(em, actorOf(principal), async (tx) => {
        const item = await tx.em.findOne(entity as typeof LeadSource, { id });
        if (!item) throw notFound(entity.name);
        const changes = { name: { from: item.name, to: input.name.trim() }, archived: { from: item.archived, to: input.archived ?? item.archived } };
        item.name = changes.name.to;
        item.archived = changes.archived.to;
        tx.record({ topic: LEADS_TOPIC, type: `${eventName(entity)}_CHANGED`, subjectType: entity.name, subjectId: item.id, data: changes });
        return item;
      }),
    );
  }

  fields({ em }: Scope): Promise<LeadField[]> {
    return readRows(em, LeadField, {}, { orderBy: [{ archived: 'asc' }, { position: 'asc' }, { id: 'asc' }] });
  }

  /** Adds or changes an extra field; its key never changes once values are stored under it. */
  async saveField({ em, principal }: SignedInScope, input: LeadFieldInput, id?: string, archived?: boolean | null): Promise<LeadField> {
    if (!KEY.test(input.key)) throw fieldError('key', 'key: Latin letters and digits, starting with a letter', 'KEY_FORMAT');
    const options = [...new Set((input.options ?? []).map((o) => o.trim()).filter(Boolean))];
    if (input.type === LeadFieldType.CHOICE && !options.length) throw fieldError('options', 'A choice field needs options', 'OPTIONS_REQUIRED');
    return this.unique(() =>
      recordedTransaction(em, actorOf(principal), async (tx) => {
        let field: LeadField;
        if (id) {
          const found = await tx.em.findOne(LeadField, { id });
          if (!found) throw notFound('Lead field');
          if (found.key !== input.key) throw fieldError('key', 'The key of a field cannot change');
          if (found.type !== input.type) throw fieldError('type', 'The type of a field cannot change');
          field = found;
        } else {
          field = tx.em.create(LeadField, { firm: principal.firmId, key: input.key, label: input.label, type: input.type, position: await tx.em.count(LeadField, {}) });
        }
        field.label = input.label.trim();
        field.options = input.type === LeadFieldType.CHOICE ? options : [];
        if (archived !== undefined && archived !== null) field.archived = archived;
        tx.record({ topic: LEADS_TOPIC, type: id ? 'LEAD_FIELD_CHANGED' : 'LEAD_FIELD_ADDED', subjectType: 'LeadField', subjectId: field.id, data: { key: field.key, label: field.label, type: field.type, options: field.options, archived: field.archived } });
        return field;
      }),
    );
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw fieldError('name', 'An item with this name already exists', 'NAME_TAKEN');
      throw error;
    }
  }
}
