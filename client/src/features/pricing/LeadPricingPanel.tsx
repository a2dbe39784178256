import { Stack } from '@mantine/core';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { type LegalForm, type TaxRegime } from '../../gql/graphql';
import { PricingCalculator } from './PricingCalculator';
import { PricingRunsList } from './PricingRunsList';

// who may save a pricing run (the server's lead editors)

interface LeadPricingPanelProps {
  leadId: string;
  legalForm: LegalForm;
  taxRegime: TaxRegime | null | undefined;
  onRunSaved?: () => void;
}

/** The pricing part of the lead card: the calculator and the lead's saved runs. */
export function LeadPricingPanel({ leadId, legalForm, taxRegime, onRunSaved }: LeadPricingPanelProps) {
  const me = useCurrentUser();
  return (
    <Stack data-testid="lead-pricing-panel">
      <PricingCalculator
        leadId={leadId}
        legalForm={legalForm}
        taxRegime={taxRegime}
        canSave={me.can.savePricingRuns}
        onRunSaved={onRunSaved}
      />
      <PricingRunsList leadId={leadId} />
    </Stack>
  );
}
