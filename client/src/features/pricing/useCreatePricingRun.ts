import { useMutation } from '@apollo/client/react';
import { LeadPricingPanelCreateRunDocument, PricingRunsListQueryDocument } from '../../gql/graphql';

/** Saves a pricing run and brings the lead's list of runs up to date before resolving. */
export function useCreatePricingRun(leadId: string) {
  return useMutation(LeadPricingPanelCreateRunDocument, {
    refetchQueries: [{ query: PricingRunsListQueryDocument, variables: { leadId } }],
    awaitRefetchQueries: true,
  });
}
