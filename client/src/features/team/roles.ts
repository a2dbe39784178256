import type { TFunction } from 'i18next';
import { Department, Role } from '../../gql/graphql';

// only department heads and accountants belong to a department
const ROLES_WITH_DEPARTMENT: readonly Role[] = [Role.Head, Role.Accountant];

export function roleHasDepartment(role: Role): boolean {
  return ROLES_WITH_DEPARTMENT.includes(role);
}

export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return Object.values(Role).map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function departmentOptions(t: TFunction): { value: Department; label: string }[] {
  return Object.values(Department).map((department) => ({ value: department, label: t(`departments.${department}`) }));
}

export function isRole(value: string | null): value is Role {
  return Object.values<string>(Role).includes(value ?? '');
}

export function isDepartment(value: string | null): value is Department {
  return Object.values<string>(Department).includes(value ?? '');
}
