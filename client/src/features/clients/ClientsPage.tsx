import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClientsPageQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';

const PAGE = 50;

/** The firm's clients, newest first, with who holds each area today. */
export function ClientsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, error, loading, fetchMore } = useQuery(ClientsPageQueryDocument, { variables: { filter: { search: search.trim() || null }, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const edges = data?.clients.edges ?? [];
  const more = () =>
    void fetchMore({
      variables: { after: data?.clients.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ ...fetchMoreResult, clients: { ...fetchMoreResult.clients, edges: [...previous.clients.edges, ...fetchMoreResult.clients.edges] } }),
    });
  return (
    <Stack>
      <Title order={2}>{t('clients.list.title')}</Title>
      <TextInput placeholder={t('clients.list.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={360} />
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data && !edges.length && <EmptyState title={t('clients.list.title')} description={t('clients.list.empty')} />}
      {edges.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="clients">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.list.columns.name')}</Table.Th>
                <Table.Th>{t('clients.list.columns.inn')}</Table.Th>
                <Table.Th>{t('clients.list.columns.regime')}</Table.Th>
                <Table.Th>{t('clients.list.columns.status')}</Table.Th>
                <Table.Th>{t('clients.list.columns.accountants')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {edges.map(({ node }) => (
                <Table.Tr key={node.id} data-testid="client-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${node.id}`}>{node.shortName}</Anchor>
                  </Table.Td>
                  <Table.Td>{node.inn ?? '—'}</Table.Td>
                  <Table.Td>{t(`leads.regimes.${node.taxRegime}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={node.status === 'ACTIVE' ? 'green' : 'gray'}>{t(`clients.status.${node.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {node.areas.filter((a) => a.accountant).map((a) => (
                      <Text key={a.area} size="xs">{t(`clients.area.${a.area}`)}: {a.accountant!.name}</Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data?.clients.pageInfo.hasNextPage && (
        <Group>
          <Button variant="default" onClick={more}>{t('clients.list.more')}</Button>
        </Group>
      )}
    </Stack>
  );
}
