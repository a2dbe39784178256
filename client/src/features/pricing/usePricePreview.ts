import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { PricingPreviewQueryDocument, type PricingInput } from '../../gql/graphql';

/**
 * The server's quote for what is being typed: asked ~250 ms after the last change, and not at
 * all while the input is invalid (null). The previous quote stays visible while the next loads.
 */
export function usePricePreview(input: PricingInput | null, revision?: number) {
  // debounce the content, not the object: a new but equal input must not restart anything
  const [inputJson] = useDebouncedValue(input ? JSON.stringify(input) : null, 250);
  const variables = useMemo(() => (inputJson ? { input: JSON.parse(inputJson) as PricingInput } : null), [inputJson]);
  // a changed tariff under the same id (a saved draft: `revision` is its version) is asked anew,
  // not answered from the cache
  const { data, previousData, loading, error } = useQuery(
    PricingPreviewQueryDocument,
    variables ? { variables, fetchPolicy: revision === undefined ? 'cache-first' : 'network-only' } : skipToken,
  );
  const settled = inputJson === (input ? JSON.stringify(input) : null);
  return {
    quote: error || !variables ? undefined : (data ?? previousData)?.previewPrice,
    /** The quote shown is not yet the one for the current input. */
    stale: loading || !settled,
    error: variables ? error : undefined,
  };
}
