import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyFollowUpsQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { CloseFollowUpDialog } from './CloseFollowUpDialog';
import { MyDocumentRequests } from './MyDocumentRequests';
import { formatMoment } from './entryForm';
import { subjectLink } from './subjectLink';
import { readFollowUp, STATE_COLORS } from './TimelineItemView';

/** «Мои напоминания»: the caller's open follow-ups, soonest due first, each closed with its result, and the document requests they chase. */
export function MyFollowUpsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [closing, setClosing] = useState<{ id: string; title: string } | null>(null);
  const { data, error, loading, refetch } = useQuery(MyFollowUpsQueryDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.myFollowUps ?? [];

  return (
    <Stack>
      <Title order={2}>{t('correspondence.myFollowUps.title')}</Title>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data && rows.length === 0 && (
        <EmptyState
          testId="my-follow-ups-empty"
          title={t('correspondence.myFollowUps.emptyTitle')}
          description={t('correspondence.myFollowUps.emptyText')}
          action={
            <Button variant="default" component={Link} to="/leads">
              {t('correspondence.myFollowUps.toLeads')}
            </Button>
          }
        />
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="my-follow-ups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('correspondence.myFollowUps.columns.what')}</Table.Th>
                <Table.Th>{t('correspondence.myFollowUps.columns.lead')}</Table.Th>
                <Table.Th>{t('correspondence.myFollowUps.columns.due')}</Table.Th>
                <Table.Th>{t('correspondence.myFollowUps.columns.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const followUp = readFollowUp(row);
                const subject = subjectLink(row.lead, row.client);
                return (
                  <Table.Tr key={followUp.id} data-testid="my-follow-up" data-state={followUp.state}>
                    <Table.Td>
                      <Text fw={500}>{followUp.title}</Text>
                      {row.entry && <Text size="xs" c="dimmed" lineClamp={1}>{row.entry.summary}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {subject && (
                        <Anchor component={Link} to={subject.to}>
                          {subject.name}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>{formatMoment(followUp.dueAt, i18n.language, me.firm.timeZone)}</Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLORS[followUp.state]}>{t(`correspondence.states.${followUp.state}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group justify="flex-end">
                        {followUp.viewerCanClose && (
                          <Button size="xs" variant="light" onClick={() => setClosing(followUp)} data-testid="my-follow-up-close">
                            {t('correspondence.actions.close')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MyDocumentRequests />
      <CloseFollowUpDialog followUp={closing} onClose={() => setClosing(null)} onClosed={() => void refetch()} />
    </Stack>
  );
}
