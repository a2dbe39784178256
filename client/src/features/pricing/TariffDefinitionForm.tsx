import { Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TariffDefinition } from './pricingForm';
import { draftFromDefinition } from './tariffDraft';
import { TariffBasePricesSection } from './TariffBasePricesSection';
import { TariffMultipliersSection } from './TariffMultipliersSection';
import { TariffParametersSection } from './TariffParametersSection';
import { TariffRemunerationSection } from './TariffRemunerationSection';
import type { DraftSectionProps } from './useTariffDraftForm';

interface TariffDefinitionFormProps extends DraftSectionProps {
  /** Remuneration and overhead: null in the API for those who may not see cost. */
  showPay: boolean;
}

/** All sections of a tariff definition. */
export function TariffDefinitionForm({ showPay, ...props }: TariffDefinitionFormProps) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="tariff-definition">
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

/** A published version, read-only (remounted per version by its key). */
export function TariffDefinitionView({ definition }: { definition: TariffDefinition }) {
  const initialValues = useMemo(() => draftFromDefinition(definition), [definition]);
  const form = useForm({ initialValues });
  return <TariffDefinitionForm form={form} readOnly showPay={Boolean(definition.remuneration && definition.overhead)} />;
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
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
