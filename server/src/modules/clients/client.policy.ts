import type { Principal } from '../auth/principal.js';
import { Department, Role } from '../auth/roles.js';
import { ServiceArea } from './schedule-link.js';

/** Who creates clients, edits their profile, accepts them, changes their status and applies schedule diffs. Everyone reads clients. */
export const CLIENT_EDITORS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD];

/** Who opens the control view of overdue and due-this-week work: the owner (the whole firm) and heads (their department's people). Accountants have their own list. */
export const CONTROL_READERS: readonly Role[] = [Role.OWNER, Role.HEAD];

/** The department that serves each area: its head assigns the area, its people hold it. */
export const AREA_DEPARTMENT: Readonly<Record<ServiceArea, Department>> = {
  [ServiceArea.TAXES]: Department.TAX,
  [ServiceArea.PAYROLL]: Department.PAYROLL,
  [ServiceArea.PRIMARY_DOCUMENTS]: Department.PRIMARY_DOCUMENTS,
};

/** The owner assigns any area; a head assigns the area of their own department. */
export function canAssignArea(principal: Pick<Principal, 'role' | 'department'>, area: ServiceArea): boolean {
  return principal.role === Role.OWNER || (principal.role === Role.HEAD && principal.department === AREA_DEPARTMENT[area]);
}

/** Who may hold an area: an accountant or the head of its department. */
export function mayHoldArea(user: { role: Role; department?: Department | null; active: boolean }, area: ServiceArea): boolean {
  return user.active && (user.role === Role.ACCOUNTANT || user.role === Role.HEAD) && user.department === AREA_DEPARTMENT[area];
}

/** The obligation's owner, the head of its area's department and the firm's owner change its status. */
export function canChangeObligation(principal: Pick<Principal, 'role' | 'department' | 'userId'>, obligation: { area: ServiceArea; ownerId: string | null }): boolean {
  return obligation.ownerId === principal.userId || canAssignArea(principal, obligation.area);
}
