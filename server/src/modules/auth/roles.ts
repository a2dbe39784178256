import { registerEnumType } from 'type-graphql';

export enum Role {
  OWNER = 'OWNER',
  MANAGER = 'MANAGER',
  COORDINATOR = 'COORDINATOR',
  HEAD = 'HEAD',
  ACCOUNTANT = 'ACCOUNTANT',
}

export enum Department {
  TAX = 'TAX',
  PAYROLL = 'PAYROLL',
  CONTRACTS = 'CONTRACTS',
  PRIMARY_DOCUMENTS = 'PRIMARY_DOCUMENTS',
}

registerEnumType(Role, { name: 'Role', description: 'What a person may do in the firm' });
registerEnumType(Department, { name: 'Department', description: 'Department of a head or an accountant' });

/** Heads and accountants belong to a department; the others work across the firm. */
export function roleNeedsDepartment(role: Role): boolean {
  return role === Role.HEAD || role === Role.ACCOUNTANT;
}

/**
 * Ranks roles for capping an API token by its creator's current role. Not every right is
 * nested (heads edit templates, managers edit tariffs), so a capped token takes the creator's
 * role whenever the creator no longer ranks at least as high as the token.
 */
const RANK: Record<Role, number> = { OWNER: 5, MANAGER: 4, HEAD: 3, COORDINATOR: 2, ACCOUNTANT: 1 };

/** What an API token may do now: its own role, never more than its creator's current role. */
export function tokenRole(tokenRole: Role, creatorRole: Role): Role {
  return RANK[creatorRole] >= RANK[tokenRole] ? tokenRole : creatorRole;
}
