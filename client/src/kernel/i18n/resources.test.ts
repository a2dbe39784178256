import { describe, expect, it } from 'vitest';
import { ChangedField, Department, EventType, Role } from '../../gql/graphql';
import en from './en.json';
import ru from './ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it("name every role, department, event type and changed field of the server's schema", () => {
    const required = [
      ...Object.values(Role).map((role) => `roles.${role}`),
      ...Object.values(Department).map((department) => `departments.${department}`),
      ...Object.values(EventType).map((type) => `audit.events.${type}`),
      ...Object.values(ChangedField).map((field) => `audit.changedFields.${field}`),
    ];
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(required));
  });

  it('use the agreed Russian role names', () => {
    expect(ru.roles).toEqual({
      OWNER: 'Владелец',
      MANAGER: 'Менеджер',
      COORDINATOR: 'Координатор',
      HEAD: 'Руководитель отдела',
      ACCOUNTANT: 'Бухгалтер',
    });
  });
});
