import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangeObligationStatusDocument, type ObligationRowFragment } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { itemColor } from './CalendarChips';

/** One obligation opened from the calendar: what it is, whose, and «Выполнено» in one click. */
export function CalendarObligationDialog({ row, onClose, onChanged }: { row: ObligationRowFragment | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const [change, { loading, error }] = useMutation(ChangeObligationStatusDocument);
  const setStatus = async (status: 'DONE' | 'IN_PROGRESS' | 'PLANNED') => {
    await change({ variables: { id: row!.id, version: row!.version, status } });
    onChanged();
  };
  return (
    <Modal opened={!!row} onClose={onClose} title={row?.title} data-testid="calendar-obligation">
      {row && (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color={itemColor(row)} variant="light" data-testid="calendar-obligation-status">
              {row.overdue ? t('clients.obligationStatus.OVERDUE') : t(`clients.obligationStatus.${row.status}`)}
            </Badge>
            {row.provisional && (
              <Tooltip label={t('clients.obligations.provisionalHint')}>
                <Badge variant="outline" color="orange">{t('clients.obligations.provisional')}</Badge>
              </Tooltip>
            )}
          </Group>
          <Text size="sm">{t('clients.obligations.columns.due')}: {formatDay(row.dueDate)}</Text>
          <Text size="sm">{t('clients.obligations.columns.period')}: {row.period}</Text>
          <Text size="sm">{t(`clients.kind.${row.kind}`)} · {row.code}</Text>
          <Text size="sm">
            {t('clients.obligations.columns.client')}: <Anchor component={Link} to={`/clients/${row.client.id}`}>{row.client.shortName}</Anchor>
          </Text>
          {row.note && <Text size="sm" c="dimmed">{row.note}</Text>}
          {row.status === 'DONE' && row.doneDate && <Text size="sm" c="dimmed">{t('clients.calendar.doneOn', { date: formatDay(row.doneDate) })}</Text>}
          {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
          {row.viewerCanChangeStatus && (
            <Group>
              {(row.status === 'PLANNED' || row.status === 'IN_PROGRESS') && (
                <Button color="green" loading={loading} onClick={() => void setStatus('DONE')} data-testid="calendar-done">{t('clients.obligations.done')}</Button>
              )}
              {row.status === 'PLANNED' && <Button variant="default" loading={loading} onClick={() => void setStatus('IN_PROGRESS')}>{t('clients.obligations.start')}</Button>}
              {row.status === 'DONE' && <Button variant="subtle" loading={loading} onClick={() => void setStatus('PLANNED')}>{t('clients.obligations.reopen')}</Button>}
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
