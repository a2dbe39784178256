import { describe, expect, it } from 'vitest';
import { Department, Role } from '../../gql/graphql';
import en from './en.json';
import ru from './ru.json';

// the server's audit event types (a String in the schema, so not generated)
const AUDIT_EVENT_TYPES = [
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
  'FIRM_SIGNED_UP',
  'INVITE_ACCEPTED',
  'LOGGED_OUT',
  'USER_DEACTIVATED',
  'USER_INVITED',
  'USER_REACTIVATED',
  'USER_ROLE_CHANGED',
];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('name every role, department and audit event type', () => {
    const required = [
      ...Object.values(Role).map((role) => `roles.${role}`),
      ...Object.values(Department).map((department) => `departments.${department}`),
      ...AUDIT_EVENT_TYPES.map((type) => `audit.events.${type}`),
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
