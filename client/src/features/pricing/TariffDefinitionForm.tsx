import { Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TariffBasePricesSection } from './TariffBasePricesSection';
import { TariffMultipliersSection } from './TariffMultipliersSection';
import { TariffParametersSection } from './TariffParametersSection';
import { TariffRemunerationSection } from './TariffRemunerationSection';
import type { DraftSectionProps } from './useTariffDraftForm';

interface TariffDefinitionFormProps extends DraftSectionProps {
  /** Remuneration and overhead: null in the API for those who may not see cost. */
  showPay: boolean;
}

/** All sections of a tariff definition, for editing. */
export function TariffDefinitionForm({ showPay, ...rest }: TariffDefinitionFormProps) {
  const { t } = useTranslation();
  const [showKeys, setShowKeys] = useState(false);
  const props = { ...rest, showKeys };
  return (
    <Stack data-testid="tariff-definition">
      <Group justify="flex-end">
        <Switch
          label={t('pricing.tariffs.showKeys')}
          description={t('pricing.tariffs.showKeysHint')}
          checked={showKeys}
          onChange={(event) => setShowKeys(event.currentTarget.checked)}
          data-testid="tariff-show-keys"
        />
      </Group>
      <Section title={t('pricing.tariffs.sections.basePrices')} hint={t('pricing.tariffs.basePrices.hint')}>
        <TariffBasePricesSection {...props} />
      </Section>
      <Section title={t('pricing.tariffs.sections.parameters')}>
        <TariffParametersSection {...props} />
      </Section>
      <Section title={t('pricing.tariffs.sections.multipliers')} hint={t('pricing.tariffs.multipliers.hint')}>
        <TariffMultipliersSection {...props} />
      </Section>
      {showPay && (
        <Section title={t('pricing.tariffs.sections.remuneration')}>
          <TariffRemunerationSection {...props} />
        </Section>
      )}
    </Stack>
  );
}

export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
