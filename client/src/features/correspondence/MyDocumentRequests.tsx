import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import { DocumentRequest_RequestFragmentDoc, MyDocumentRequestsDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { REQUEST_COLORS } from './DocumentRequestCard';
import { pendingCount } from './documentRequestForm';
import { subjectLink } from './subjectLink';

/** «Мои запросы документов»: the requests the caller chases, soonest due first, overdue ones marked. */
export function MyDocumentRequests() {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(MyDocumentRequestsDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.myDocumentRequests ?? [];
  return (
    <Stack>
      <Title order={3}>{t('correspondence.myRequests.title')}</Title>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data && rows.length === 0 && <EmptyState testId="my-requests-empty" title={t('correspondence.myRequests.emptyTitle')} description={t('correspondence.myRequests.emptyText')} />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="my-requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('correspondence.myRequests.columns.client')}</Table.Th>
                <Table.Th>{t('correspondence.myRequests.columns.documents')}</Table.Th>
                <Table.Th>{t('correspondence.myRequests.columns.due')}</Table.Th>
                <Table.Th>{t('correspondence.myRequests.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const request = readFragment(DocumentRequest_RequestFragmentDoc, row);
                const subject = subjectLink(row.lead, row.client);
                const awaited = request.items.filter((item) => item.status === 'PENDING');
                return (
                  <Table.Tr key={request.id} data-testid="my-request" data-overdue={request.overdue}>
                    <Table.Td>{subject && <Anchor component={Link} to={subject.to}>{subject.name}</Anchor>}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>{awaited.map((item) => item.description).join(', ')}</Text>
                      <Text size="xs" c="dimmed">{t('correspondence.requests.pending', { count: pendingCount(request), total: request.items.length })}</Text>
                    </Table.Td>
                    <Table.Td>{formatDay(request.dueDate)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge color={REQUEST_COLORS[request.status]}>{t(`correspondence.requests.status.${request.status}`)}</Badge>
                        {request.overdue && <Badge color="red">{t('correspondence.requests.overdue')}</Badge>}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
