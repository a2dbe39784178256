import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { PricingRunDetailsQueryDocument } from '../../gql/graphql';
import { PriceQuoteView } from './PriceQuoteView';
import { PrintableQuote } from './PrintableQuote';

/** One saved run with its full breakdown, as it was priced then. */
export function PricingRunDetails({ runId, leadId, onClose }: { runId: string; leadId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(PricingRunDetailsQueryDocument, { variables: { id: runId } });
  const [printOpened, print] = useDisclosure();
  const run = data?.pricingRun;

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={run ? t('pricing.runs.detailsTitle', { number: run.number }) : t('pricing.runs.title')}
    >
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !run && <Loader />}
      {run && (
        <Stack data-testid="pricing-run-details">
          <Text c="dimmed" size="sm">
            {[
              formatDateTime(run.createdAt, i18n.language),
              run.createdBy?.name,
              t('pricing.tariffVersion', { name: run.tariffVersion.plan.name, number: run.tariffVersion.number }),
              t(`pricing.legalForms.${run.legalForm}`),
              t(`pricing.taxRegimes.${run.taxRegime}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <PriceQuoteView quote={run.quote} />
          <Group justify="flex-end">
            <Button variant="default" onClick={print.open} data-testid="pricing-run-print">
              {t('pricing.print.button')}
            </Button>
          </Group>
          <PrintableQuote
            opened={printOpened}
            onClose={print.close}
            leadId={leadId}
            quote={run.quote}
            date={run.createdAt}
          />
        </Stack>
      )}
    </Modal>
  );
}
