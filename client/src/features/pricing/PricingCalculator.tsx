import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import { useFragment as readFragment } from '../../gql';
import {
  PricingCalculatorLastRunDocument,
  PricingCalculatorPlansDocument,
  TariffDefinitionFieldsFragmentDoc,
  type LegalForm,
  type TaxRegime,
} from '../../gql/graphql';
import { PriceQuoteView } from './PriceQuoteView';
import { PricingFormFields } from './PricingFormFields';
import { buildPricingInput, initialPricingForm, pricingProblems, valuesOfRun, type PricingFormState, type PricingFormValue, type TariffDefinition } from './pricingForm';
import { PrintableQuote } from './PrintableQuote';
import { useCreatePricingRun } from './useCreatePricingRun';
import { usePricePreview } from './usePricePreview';

interface PricingCalculatorProps {
  leadId: string;
  legalForm: LegalForm;
  taxRegime: TaxRegime | null | undefined;
  canSave: boolean;
  onRunSaved?: () => void;
}

/** Prices the lead on the current version of the firm's default tariff plan. */
export function PricingCalculator(props: PricingCalculatorProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PricingCalculatorPlansDocument);
  const lastRun = useQuery(PricingCalculatorLastRunDocument, { variables: { leadId: props.leadId } });
  const plan = data?.tariffPlans.find((candidate) => candidate.isDefault) ?? data?.tariffPlans[0];
  const version = plan?.current;
  const definition = readFragment(TariffDefinitionFieldsFragmentDoc, version?.definition);

  if (error) return <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>;
  if ((loading && !data) || (lastRun.loading && !lastRun.data)) return <Loader />;
  if (!plan || !version || !definition) return <Alert color="yellow">{t('pricing.calculator.noTariff')}</Alert>;
  return (
    <CalculatorForm
      // a newly published version starts a fresh form
      key={version.id}
      {...props}
      definition={definition}
      tariff={{ versionId: version.id, name: plan.name, number: version.number }}
      startValues={valuesOfRun(lastRun.data?.pricingRuns[0]?.values)}
    />
  );
}

interface CalculatorFormProps extends PricingCalculatorProps {
  definition: TariffDefinition;
  tariff: { versionId: string; name: string; number: number };
  /** Parameter values to start from (the latest saved run's). */
  startValues: Record<string, PricingFormValue>;
}

function CalculatorForm({ leadId, legalForm, taxRegime, canSave, onRunSaved, definition, tariff, startValues }: CalculatorFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PricingFormState>(() => initialPricingForm(definition, legalForm, taxRegime, startValues));
  const [printOpened, print] = useDisclosure();
  const [createRun, { loading: saving }] = useCreatePricingRun(leadId);

  // the lead card may change the legal form or regime while the panel is open
  useEffect(() => {
    setForm((current) => ({ ...initialPricingForm(definition, legalForm, taxRegime), values: current.values }));
  }, [definition, legalForm, taxRegime]);

  const input = useMemo(() => buildPricingInput(definition, form, tariff.versionId), [definition, form, tariff.versionId]);
  const { quote, stale, error } = usePricePreview(input);

  const problems = pricingProblems(definition, form);
  const serverErrors = fieldErrors(error);
  const errors: Record<string, string> = {
    ...serverErrors,
    ...Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`pricing.problems.${problem}`)])),
  };
  const generalError =
    error && (errorCode(error) !== 'BAD_USER_INPUT' || Object.keys(serverErrors).length === 0) ? errorMessage(error, t) : null;

  const save = async () => {
    if (!input) return;
    try {
      const result = await createRun({ variables: { leadId, input } });
      notifications.show({ color: 'teal', message: t('pricing.calculator.saved', { number: result.data?.createPricingRun.number }) });
      onRunSaved?.();
    } catch (saveError) {
      notifications.show({ color: 'red', message: errorMessage(saveError, t) });
    }
  };

  return (
    <Paper withBorder p="md" data-testid="pricing-calculator">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('pricing.calculator.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('pricing.tariffVersion', { name: tariff.name, number: tariff.number })}
          </Text>
        </Group>
        <PricingFormFields definition={definition} form={form} onChange={setForm} errors={errors} testIdPrefix="pricing" />
        {generalError && <Alert color="red">{generalError}</Alert>}
        {quote ? (
          <PriceQuoteView quote={quote} priceTestId="pricing-price" stale={stale} />
        ) : (
          !generalError && <Text c="dimmed">{input ? t('pricing.calculator.computing') : t('pricing.calculator.incomplete')}</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={print.open} disabled={!quote || stale} data-testid="pricing-print">
            {t('pricing.print.button')}
          </Button>
          {canSave && (
            <Button onClick={() => void save()} loading={saving} disabled={!input || !quote || stale} data-testid="pricing-save-run">
              {t('pricing.calculator.save')}
            </Button>
          )}
        </Group>
      </Stack>
      {quote && (
        <PrintableQuote
          opened={printOpened}
          onClose={print.close}
          leadId={leadId}
          quote={quote}
        />
      )}
    </Paper>
  );
}
