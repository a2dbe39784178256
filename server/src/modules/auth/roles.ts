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
