import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangeObligationStatusDocument, type ObligationRowFragment, type ObligationStatus } from '../../gql/graphql';
import { formatDay } from '../../kernel/i18n/format';

const STATUS_COLORS: Record<ObligationStatus, string> = { PLANNED: 'gray', IN_PROGRESS: 'blue', DONE: 'green', NOT_REQUIRED: 'dark' };

/** Obligations as a table, each with its status and one-click «Выполнено» for whoever may change it. */
export function ObligationsTable({ rows, showClient, showOwner }: { rows: ObligationRowFragment[]; showClient?: boolean; showOwner?: boolean }) {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(ChangeObligationStatusDocument);
  const setStatus = (row: ObligationRowFragment, status: ObligationStatus) => void change({ variables: { id: row.id, version: row.version, status } });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="obligations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.obligations.columns.due')}</Table.Th>
            <Table.Th>{t('clients.obligations.columns.title')}</Table.Th>
            <Table.Th>{t('clients.obligations.columns.period')}</Table.Th>
            {showClient && <Table.Th>{t('clients.obligations.columns.client')}</Table.Th>}
            {showOwner && <Table.Th>{t('clients.obligations.columns.owner')}</Table.Th>}
            <Table.Th>{t('clients.obligations.columns.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="obligation" data-obligation-id={row.id} data-status={row.status} data-overdue={row.overdue} bg={row.overdue ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{formatDay(row.dueDate)}</Text>
                  {row.provisional && (
                    <Tooltip label={t('clients.obligations.provisionalHint')}>
                      <Badge size="xs" variant="outline" color="orange">{t('clients.obligations.provisional')}</Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.title}</Text>
                <Text size="xs" c="dimmed">{t(`clients.kind.${row.kind}`)} · {row.code}{row.note ? ` · ${row.note}` : ''}</Text>
              </Table.Td>
              <Table.Td>{row.period}</Table.Td>
              {showClient && (
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${row.client.id}`} size="sm">{row.client.shortName}</Anchor>
                </Table.Td>
              )}
              {showOwner && <Table.Td>{row.owner?.name ?? '—'}</Table.Td>}
              <Table.Td>
                <Badge color={row.overdue ? 'red' : STATUS_COLORS[row.status]} variant="light">
                  {row.overdue ? t('clients.obligationStatus.OVERDUE') : t(`clients.obligationStatus.${row.status}`)}
                </Badge>
                {row.status === 'DONE' && row.doneDate && <Text size="xs" c="dimmed">{formatDay(row.doneDate)}</Text>}
              </Table.Td>
              <Table.Td>
                {row.viewerCanChangeStatus && (
                  <Group gap={4} wrap="nowrap">
                    {(row.status === 'PLANNED' || row.status === 'IN_PROGRESS') && (
                      <Button size="xs" color="green" loading={loading} onClick={() => setStatus(row, 'DONE')} data-testid="obligation-done">
                        {t('clients.obligations.done')}
                      </Button>
                    )}
                    {row.status === 'PLANNED' && (
                      <Button size="xs" variant="default" loading={loading} onClick={() => setStatus(row, 'IN_PROGRESS')}>
                        {t('clients.obligations.start')}
                      </Button>
                    )}
                    {row.status === 'DONE' && (
                      <Button size="xs" variant="subtle" loading={loading} onClick={() => setStatus(row, 'PLANNED')}>
                        {t('clients.obligations.reopen')}
                      </Button>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
