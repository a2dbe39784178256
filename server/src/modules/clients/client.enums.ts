import { registerEnumType } from 'type-graphql';

export enum ClientStatus {
  ONBOARDING = 'ONBOARDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}

export enum ObligationStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  NOT_REQUIRED = 'NOT_REQUIRED',
}

registerEnumType(ClientStatus, { name: 'ClientStatus', description: 'ONBOARDING until accepted, then ACTIVE; SUSPENDED or TERMINATED when service pauses or ends' });
registerEnumType(ObligationStatus, { name: 'ObligationStatus', description: 'OVERDUE is not a status: see `Obligation.overdue`' });

/** Statuses of an obligation someone still has to act on: these move, get re-dated and can be overdue. */
export const OPEN_OBLIGATION_STATUSES: readonly ObligationStatus[] = [ObligationStatus.PLANNED, ObligationStatus.IN_PROGRESS];

export const isOpen = (status: ObligationStatus): boolean => OPEN_OBLIGATION_STATUSES.includes(status);
