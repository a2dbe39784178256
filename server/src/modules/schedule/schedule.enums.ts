import { registerEnumType } from 'type-graphql';
import { ObligationKind, ProfitAdvanceMethod, Recipient } from './engine/types.js';
// ServiceArea is registered with GraphQL once, by the pricing area that named it first
import { ServiceArea } from '../pricing/pricing.enums.js';

export { ObligationKind, ProfitAdvanceMethod, Recipient, ServiceArea };

registerEnumType(ObligationKind, { name: 'ObligationKind', description: 'A report (declaration, calculation), a notification of computed amounts, or a payment' });
registerEnumType(Recipient, { name: 'ObligationRecipient', description: 'ФНС, СФР or Росстат' });
registerEnumType(ProfitAdvanceMethod, {
  name: 'ProfitAdvanceMethod',
  description: 'Profit-tax advances of an organization on ОСНО: quarterly, monthly with a quarterly settlement, or monthly on actual profit',
});
