import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApplyClientScheduleDiffsDocument, PendingScheduleDiffsQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { ScheduleDiffDialog } from './ScheduleDiffDialog';

/** The clients whose schedules the firm's calendars now re-date or confirm: each diff to review, or all applied at once. */
export function PendingDiffs() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(PendingScheduleDiffsQueryDocument, { fetchPolicy: 'network-only' });
  const [applyAll, { loading: applying, error: applyError }] = useMutation(ApplyClientScheduleDiffsDocument);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const pending = data?.pendingScheduleDiffs ?? [];
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('clients.calendars.pending')}</Title>
          {pending.length > 0 && (
            <Button
              loading={applying}
              data-testid="apply-all-diffs"
              onClick={async () => {
                await applyAll({ variables: { diffs: pending.map((p) => ({ clientId: p.client.id, digest: p.digest })) } });
                void refetch();
              }}
            >
              {t('clients.calendars.applyAll', { count: pending.length })}
            </Button>
          )}
        </Group>
        {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
        {applyError && <Alert color="red">{errorMessage(applyError, t)}</Alert>}
        {loading && !data && <Loader />}
        {data && !pending.length && <EmptyState title={t('clients.calendars.pending')} description={t('clients.calendars.nothingPending')} />}
        {pending.length > 0 && (
          <Table data-testid="pending-diffs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.obligations.columns.client')}</Table.Th>
                <Table.Th>{t('clients.diff.redated')}</Table.Th>
                <Table.Th>{t('clients.diff.added')}</Table.Th>
                <Table.Th>{t('clients.diff.removed')}</Table.Th>
                <Table.Th>{t('clients.calendars.confirmedColumn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((p) => (
                <Table.Tr key={p.client.id} data-testid="pending-diff">
                  <Table.Td><Anchor component={Link} to={`/clients/${p.client.id}`}>{p.client.shortName}</Anchor></Table.Td>
                  <Table.Td>{p.redated.length}{p.keptDone.length ? ` (+${p.keptDone.length} ${t('clients.calendars.doneKept')})` : ''}</Table.Td>
                  <Table.Td>{p.added.length}</Table.Td>
                  <Table.Td>{p.removed.length}</Table.Td>
                  <Table.Td>{p.confirmed}</Table.Td>
                  <Table.Td><Button size="xs" variant="default" onClick={() => setReviewing(p.client.id)}>{t('clients.calendars.review')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {reviewing && (
        <ScheduleDiffDialog
          clientId={reviewing}
          opened
          onClose={() => setReviewing(null)}
          onApplied={() => {
            setReviewing(null);
            void refetch();
          }}
        />
      )}
    </Card>
  );
}
