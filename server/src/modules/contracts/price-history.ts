import type { Contract, ContractAmendment } from './contract.entity.js';
import { ContractStatus } from './contract.enums.js';
import { contractStatus, type PriceStep } from './rules/status.js';

/** One step of a contract's price: from the contract itself or from a signed amendment. */
export interface PriceHistoryEntry extends PriceStep {
  amendment: ContractAmendment | null;
}

/** The contract's price steps: its own from the start of service, then each amendment signed by both sides. */
export function priceHistory(contract: Contract, amendments: readonly ContractAmendment[]): PriceHistoryEntry[] {
  const signed = amendments.filter((a) => contractStatus(a) === ContractStatus.SIGNED_BOTH).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.ordinal - b.ordinal);
  return [{ from: contract.startDate, price: contract.price, amendment: null }, ...signed.map((a) => ({ from: a.effectiveFrom, price: a.price, amendment: a }))];
}
