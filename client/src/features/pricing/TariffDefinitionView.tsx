import { Stack } from '@mantine/core';
import { TariffBasePricesView } from './TariffBasePricesView';
import { TariffMultipliersView } from './TariffMultipliersView';
import { TariffParametersView } from './TariffParametersView';
import { TariffRemunerationView } from './TariffRemunerationView';
import type { TariffDefinition } from './pricingForm';

/** A published version as people read it: tables with ₽ amounts and ×factors, nothing to type into. */
export function TariffDefinitionView({ definition }: { definition: TariffDefinition }) {
  return (
    <Stack data-testid="tariff-definition-view">
      <TariffBasePricesView definition={definition} />
      <TariffParametersView definition={definition} />
      <TariffMultipliersView definition={definition} />
      <TariffRemunerationView definition={definition} />
    </Stack>
  );
}
