import type { TaxProfile } from '../schedule/engine.js';
import { ObligationKind, ProfitAdvanceMethod, Recipient, ServiceArea } from '../schedule/schedule.enums.js';

// the engine's enums, registered with GraphQL by the areas that own them
export { ObligationKind, ProfitAdvanceMethod, Recipient, ServiceArea };

/** The profile fields the schedule depends on, as the client entity and the checked input hold them. */
export interface ScheduleFacts {
  legalForm: TaxProfile['legalForm'];
  taxRegime: TaxProfile['taxRegime'];
  hasEmployees: boolean;
  vatPayer: boolean;
  profitAdvances?: ProfitAdvanceMethod | null;
  hasProperty: boolean;
  hasTransport: boolean;
  hasLand: boolean;
  regionCode?: string | null;
  patents: readonly { startDate: string; endDate: string }[];
}

/** What the schedule engine needs of a client. */
export function taxProfileOf(client: ScheduleFacts): TaxProfile {
  return {
    legalForm: client.legalForm,
    taxRegime: client.taxRegime,
    hasEmployees: client.hasEmployees,
    vatPayer: client.vatPayer,
    profitAdvances: client.profitAdvances ?? null,
    hasProperty: client.hasProperty,
    hasTransport: client.hasTransport,
    hasLand: client.hasLand,
    region: client.regionCode ?? null,
    patents: client.patents.map((p) => ({ start: p.startDate, end: p.endDate })),
  };
}
