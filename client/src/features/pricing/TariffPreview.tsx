import { Alert, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import { formatMoney, formatPercent, isBelow } from './money';
import { LOW_MARGIN_PERCENT } from './PriceQuoteView';
import { PricingFormFields } from './PricingFormFields';
import { buildPricingInput, pricingProblems, sampleForm, type PricingFormState, type TariffDefinition } from './pricingForm';
import { usePricePreview } from './usePricePreview';

interface TariffPreviewProps {
  /** The saved draft: its id prices with its rules as of `version`. */
  draft: { id: string; version: number; definition: TariffDefinition };
  current: { id: string; number: number; definition: TariffDefinition } | null;
}

/** The sample lead priced on the saved draft and on the published version, side by side. */
export function TariffPreview({ draft, current }: TariffPreviewProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PricingFormState>(() => sampleForm(draft.definition));
  const problems = pricingProblems(draft.definition, form);
  const draftInput = useMemo(() => buildPricingInput(draft.definition, form, draft.id), [draft, form]);
  // the published version may lack a parameter or option of the draft: give it what it knows
  const currentInput = useMemo(() => {
    if (!current || !form.legalForm || !form.taxRegime) return null;
    const fitting = { ...sampleForm(current.definition), legalForm: form.legalForm, taxRegime: form.taxRegime };
    const values = Object.fromEntries(Object.entries(form.values).filter(([key]) => key in fitting.values));
    return buildPricingInput(current.definition, { ...fitting, values: { ...fitting.values, ...values } }, current.id);
  }, [current, form]);
  // a saved draft keeps its id: the answer cached for the last version would show the old price
  const draftPreview = usePricePreview(draftInput, draft.version);
  const currentPreview = usePricePreview(currentInput);
  const errors = {
    ...fieldErrors(draftPreview.error),
    ...Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`pricing.problems.${problem}`)])),
  };

  return (
    <Paper withBorder p="md" data-testid="tariff-preview">
      <Stack>
        <Title order={4}>{t('pricing.tariffs.preview.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('pricing.tariffs.preview.hint')}
        </Text>
        <PricingFormFields definition={draft.definition} form={form} onChange={setForm} errors={errors} testIdPrefix="tariff-preview" />
        {draftPreview.error && <Alert color="red">{errorMessage(draftPreview.error, t)}</Alert>}
        <Table data-testid="tariff-preview-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="right">{t('pricing.tariffs.preview.draft')}</Table.Th>
              <Table.Th ta="right">
                {current ? t('pricing.tariffs.preview.current', { number: current.number }) : t('pricing.tariffs.preview.noCurrent')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(['price', 'cost', 'margin', 'marginPercent'] as const).map((figure) => (
              <Table.Tr key={figure}>
                <Table.Td>{t(`pricing.quote.${figure === 'price' ? 'monthlyPrice' : figure}`)}</Table.Td>
                <PreviewCell preview={draftPreview} figure={figure} testId={`tariff-preview-draft-${figure}`} />
                <PreviewCell preview={currentPreview} figure={figure} testId={`tariff-preview-current-${figure}`} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

interface PreviewCellProps {
  preview: ReturnType<typeof usePricePreview>;
  figure: 'price' | 'cost' | 'margin' | 'marginPercent';
  testId: string;
}

function PreviewCell({ preview, figure, testId }: PreviewCellProps) {
  const { t, i18n } = useTranslation();
  const { quote } = preview;
  if (!quote) {
    return (
      <Table.Td ta="right" data-testid={testId}>
        {preview.stale ? <Loader size="xs" /> : t('common.none')}
      </Table.Td>
    );
  }
  const lowMargin = (figure === 'margin' || figure === 'marginPercent') && isBelow(quote.marginPercent, LOW_MARGIN_PERCENT);
  const value = quote[figure];
  return (
    <Table.Td ta="right" fw={figure === 'price' ? 700 : undefined} c={lowMargin ? 'red' : undefined} opacity={preview.stale ? 0.6 : 1} data-testid={testId}>
      {figure === 'marginPercent' ? formatPercent(value, i18n.language) : formatMoney(value, i18n.language)}
    </Table.Td>
  );
}
