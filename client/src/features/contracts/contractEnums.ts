import type { ContractStatus, PoaStatus } from '../../gql/graphql';

export const CONTRACT_STATUS_COLORS: Record<ContractStatus, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  SIGNED_BY_FIRM: 'yellow',
  SIGNED_BY_CLIENT: 'yellow',
  SIGNED_BOTH: 'green',
  TERMINATED: 'red',
};

export const POA_STATUS_COLORS: Record<PoaStatus, string> = {
  DRAFT: 'gray',
  ISSUED: 'green',
  EXPIRING: 'orange',
  EXPIRED: 'red',
  REVOKED: 'dark',
};

/** Money from the server ("30360.00") as kopecks for the kernel's formatKopecks. */
export function kopecksOf(money: string): number {
  const [whole = '0', fraction = ''] = money.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return money.startsWith('-') ? -value : value;
}
