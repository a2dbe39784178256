import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import { ApplyClientScheduleDiffDocument, ClientScheduleDiffQueryDocument, ScheduleDiffRowFragmentDoc, type ScheduleDiffRowFragment } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';

/** What a profile change does to the calendar, shown before it is applied; done items are never touched. */
export function ScheduleDiffDialog({ clientId, opened, onClose, onApplied }: { clientId: string; opened: boolean; onClose: () => void; onApplied: () => void }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(ClientScheduleDiffQueryDocument, { variables: { clientId }, skip: !opened, fetchPolicy: 'network-only' });
  const [apply, { loading: applying, error: applyError }] = useMutation(ApplyClientScheduleDiffDocument);
  const diff = data?.clientScheduleDiff;
  const section = (title: string, items: readonly unknown[], describe: (row: ScheduleDiffRowFragment) => string) => {
    const rows = items.map((item) => readFragment(ScheduleDiffRowFragmentDoc, item as never) as ScheduleDiffRowFragment);
    if (!rows.length) return null;
    return (
      <Stack gap={4}>
        <Title order={5}>{title} ({rows.length})</Title>
        <List size="sm" spacing={2}>
          {rows.slice(0, 50).map((row) => <List.Item key={row.key}>{describe(row)}</List.Item>)}
          {rows.length > 50 && <List.Item>…</List.Item>}
        </List>
      </Stack>
    );
  };
  const base = (row: ScheduleDiffRowFragment) => `${formatDay(row.dueDate)} — ${row.title} (${row.period})`;
  return (
    <Modal opened={opened} onClose={onClose} title={t('clients.diff.title')} size="lg" data-testid="schedule-diff">
      <Stack>
        <Text size="sm">{t('clients.diff.intro')}</Text>
        {(error || applyError) && <Alert color="red">{errorMessage(error ?? applyError, t)}</Alert>}
        {loading && <Loader />}
        {diff?.empty && !diff.confirmed && <Text>{t('clients.diff.empty')}</Text>}
        {!!diff?.confirmed && <Text size="sm" data-testid="diff-confirmed">{t('clients.diff.confirmed', { count: diff.confirmed })}</Text>}
        {diff && section(t('clients.diff.added'), diff.added, base)}
        {diff && section(t('clients.diff.redated'), diff.redated, (row) => `${row.previousDueDate ? formatDay(row.previousDueDate) : ''} → ${base(row)}`)}
        {diff && section(t('clients.diff.removed'), diff.removed, (row) => `${base(row)}: ${row.removal === 'DELETE' ? t('clients.diff.deleted') : t('clients.diff.notRequired')}`)}
        {diff && section(t('clients.diff.keptDone'), diff.keptDone, base)}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('clients.diff.later')}</Button>
          <Button
            disabled={!diff || (diff.empty && !diff.confirmed)}
            loading={applying}
            data-testid="apply-diff"
            onClick={async () => {
              await apply({ variables: { clientId, digest: diff!.digest } });
              onApplied();
            }}
          >
            {t('clients.diff.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
