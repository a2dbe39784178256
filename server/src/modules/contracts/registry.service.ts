import type { SignedInScope } from '../../graphql/scope.js';
import { settingsOf } from './contract-settings.service.js';
import { Contract } from './contract.entity.js';
import { ContractStatus, PoaStatus } from './contract.enums.js';
import { amendmentsOf, STATUS_WHERE, today } from './contract.service.js';
import type { ContractTotals } from './contract.types.js';
import { PowerOfAttorney } from './poa.entity.js';
import { poaStatusWhere } from './poa.service.js';
import { priceHistory } from './price-history.js';
import { priceOn } from './rules/status.js';

/** The registry's totals: active contracts and their monthly revenue, what awaits signing, what expires. */
export async function contractTotals(scope: SignedInScope): Promise<ContractTotals> {
  const { em, principal } = scope;
  const day = today(scope);
  const active = await em.find(Contract, STATUS_WHERE[ContractStatus.SIGNED_BOTH]);
  let monthlyRevenue = 0;
  const amendments = await Promise.all(active.map((contract) => amendmentsOf(scope, contract)));
  active.forEach((contract, i) => {
    // a contract whose service starts later is counted at its first price
    monthlyRevenue += priceOn(priceHistory(contract, amendments[i]!), day) ?? contract.price;
  });
  const awaitingSignature = await em.count(Contract, { $or: [ContractStatus.SENT, ContractStatus.SIGNED_BY_FIRM, ContractStatus.SIGNED_BY_CLIENT].map((s) => STATUS_WHERE[s]) });
  const settings = await settingsOf(em, principal.firmId);
  const expiringPowersOfAttorney = await em.count(PowerOfAttorney, poaStatusWhere(PoaStatus.EXPIRING, day, settings.poaWarningDays));
  return { active: active.length, monthlyRevenue, awaitingSignature, expiringPowersOfAttorney };
}
