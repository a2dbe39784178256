import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { PricingPreviewQueryDocument, type PricingInput } from '../../gql/graphql';

/**
 * The server's quote for what is being typed: asked ~250 ms after the last change, and not at
 * all while the input is invalid (null). The previous quote stays visible while the next loads.
 */
export function usePricePreview(input: PricingInput | null) {
  // debounce the content, not the object: a new but equal input must not restart anything
  const [inputJson] = useDebouncedValue(input ? JSON.stringify(input) : null, 250);
  const variables = useMemo(() => (inputJson ? { input: JSON.parse(inputJson) as PricingInput } : null), [inputJson]);
  const { data, previousData, loading, error } = useQuery(PricingPreviewQueryDocument, variables ? { variables } : skipToken);
  const settled = inputJson === (input ? JSON.stringify(input) : null);
  return {
    quote: error || !variables ? undefined : (data ?? previousData)?.previewPrice,
    /** The quote shown is not yet the one for the current input. */
    stale: loading || !settled,
    error: variables ? error : undefined,
  };
}
