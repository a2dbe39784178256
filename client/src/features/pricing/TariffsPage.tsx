import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment } from '../../gql';
import {
  TariffDefinitionFieldsFragmentDoc,
  TariffVersionStatus,
  TariffsPageCreateDraftDocument,
  TariffsPageQueryDocument,
} from '../../gql/graphql';
import { TariffDefinitionView } from './TariffDefinitionView';
import { TariffDraftEditor } from './TariffDraftEditor';

// who may change tariffs (the server's tariff editors)

const STATUS_COLORS: Record<TariffVersionStatus, string> = {
  [TariffVersionStatus.Published]: 'teal',
  [TariffVersionStatus.Draft]: 'yellow',
  [TariffVersionStatus.Superseded]: 'gray',
};

/** The firm's tariff plans: versions, and the editor of a plan's draft. */
export function TariffsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canEdit = me.can.editTariffs;
  const { data, loading, error } = useQuery(TariffsPageQueryDocument);
  const [chosenPlanId, setChosenPlanId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [createDraft, { loading: creating }] = useMutation(TariffsPageCreateDraftDocument, {
    refetchQueries: [{ query: TariffsPageQueryDocument }],
    awaitRefetchQueries: true,
  });

  const plans = data?.tariffPlans ?? [];
  const plan = plans.find((candidate) => candidate.id === chosenPlanId) ?? plans.find((candidate) => candidate.isDefault) ?? plans[0];
  const currentDefinition = readFragment(TariffDefinitionFieldsFragmentDoc, plan?.current?.definition);
  const current = plan?.current && currentDefinition ? { id: plan.current.id, number: plan.current.number, definition: currentDefinition } : null;

  const edit = async () => {
    if (!plan) return;
    try {
      const result = await createDraft({ variables: { planId: plan.id } });
      if (result.data) setEditingId(result.data.createTariffDraft.id);
    } catch (editError) {
      notifications.show({ color: 'red', message: errorMessage(editError, t) });
    }
  };

  return (
    <Stack data-testid="tariffs-page">
      <Group justify="space-between">
        <Title order={2}>{t('pricing.tariffs.title')}</Title>
        {plans.length > 1 && (
          <Select
            aria-label={t('pricing.tariffs.plan')}
            data={plans.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={plan?.id ?? null}
            onChange={(value) => {
              setChosenPlanId(value);
              setEditingId(null);
            }}
            allowDeselect={false}
            data-testid="tariff-plan"
          />
        )}
      </Group>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data && !plan && <EmptyState title={t('pricing.tariffs.noPlans')} description={t('pricing.tariffs.noPlansText')} />}
      {plan && (
        <Paper withBorder p="md">
          <Stack>
            <Group justify="space-between">
              <Group>
                <Title order={3}>{plan.name}</Title>
                {plan.isDefault && <Badge variant="light">{t('pricing.tariffs.default')}</Badge>}
              </Group>
              {canEdit && !editingId && (
                <Button onClick={() => void edit()} loading={creating} data-testid="tariff-edit">
                  {plan.draft ? t('pricing.tariffs.continueEditing') : t('pricing.tariffs.edit')}
                </Button>
              )}
            </Group>
            {!canEdit && <Text c="dimmed" size="sm">{t('pricing.tariffs.readOnly')}</Text>}
            <Table data-testid="tariff-versions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pricing.tariffs.versions.number')}</Table.Th>
                  <Table.Th>{t('pricing.tariffs.versions.status')}</Table.Th>
                  <Table.Th>{t('pricing.tariffs.versions.published')}</Table.Th>
                  <Table.Th>{t('pricing.tariffs.versions.created')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.versions.map((version) => (
                  <Table.Tr key={version.id} data-testid="tariff-version-row" data-status={version.status}>
                    <Table.Td>{version.number}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[version.status]}>{t(`pricing.tariffs.statuses.${version.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{version.publishedAt ? formatDateTime(version.publishedAt, i18n.language) : t('common.none')}</Table.Td>
                    <Table.Td>
                      {formatDateTime(version.createdAt, i18n.language)}
                      {version.createdBy && ` · ${version.createdBy.name}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Paper>
      )}
      {plan && editingId && (
        <TariffDraftEditor
          key={editingId}
          draftId={editingId}
          current={current}
          onPublished={() => setEditingId(null)}
          onClose={() => setEditingId(null)}
        />
      )}
      {plan && !editingId && current && (
        <Stack>
          <Title order={3}>{t('pricing.tariffs.currentTitle', { number: current.number })}</Title>
          <TariffDefinitionView key={current.id} definition={current.definition} />
        </Stack>
      )}
    </Stack>
  );
}
