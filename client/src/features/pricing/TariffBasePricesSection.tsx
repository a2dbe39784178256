import { Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEGAL_FORMS, SERVICE_AREAS, TAX_REGIMES, areaLabelKey, isRegimeAllowed } from './pricingForm';
import { cellKey } from './tariffDraft';
import type { DraftSectionProps } from './useTariffDraftForm';

/** The area of the base line and the monthly price per legal form × tax regime. */
export function TariffBasePricesSection({ form, readOnly }: DraftSectionProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Select
        label={t('pricing.tariffs.basePrices.area')}
        data={SERVICE_AREAS.map((value) => ({ value, label: t(areaLabelKey(value)) }))}
        {...form.getInputProps('baseArea')}
        allowDeselect={false}
        disabled={readOnly}
        maw={320}
      />
      {form.errors.basePrices && (
        <Text c="red" size="sm" data-testid="tariff-base-prices-error">
          {form.errors.basePrices}
        </Text>
      )}
      <Table.ScrollContainer minWidth={960}>
        <Table withColumnBorders data-testid="tariff-base-prices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {TAX_REGIMES.map((regime) => (
                <Table.Th key={regime}>{t(`pricing.taxRegimes.${regime}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {LEGAL_FORMS.map((legalForm) => (
              <Table.Tr key={legalForm}>
                <Table.Th>{t(`pricing.legalForms.${legalForm}`)}</Table.Th>
                {TAX_REGIMES.map((taxRegime) => (
                  <Table.Td key={taxRegime}>
                    {isRegimeAllowed(legalForm, taxRegime) ? (
                      <TextInput
                        aria-label={`${t(`pricing.legalForms.${legalForm}`)} — ${t(`pricing.taxRegimes.${taxRegime}`)}`}
                        placeholder={t('pricing.tariffs.basePrices.notOffered')}
                        inputMode="decimal"
                        size="xs"
                        {...form.getInputProps(`basePrices.${cellKey(legalForm, taxRegime)}`)}
                        readOnly={readOnly}
                        data-testid={`tariff-base-${legalForm}-${taxRegime}`}
                      />
                    ) : (
                      <Text c="dimmed" ta="center">
                        {t('common.none')}
                      </Text>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
