import type { LeadInput } from '../../../test/gql/graphql.js';

/** A lead card the correspondence tests create leads with. */
export function leadCard(companyName: string, sourceId: string): LeadInput {
  return { lastName: 'Иванов', firstName: 'Пётр', legalForm: 'ORGANIZATION', companyName, taxRegime: 'USN_INCOME', regionCode: '77', sourceId };
}
