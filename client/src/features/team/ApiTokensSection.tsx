import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { ApiTokensSectionQueryDocument } from '../../gql/graphql';
import { ApiTokenRow } from './ApiTokenRow';
import { CreateApiTokenDialog } from './CreateApiTokenDialog';

/** The owner's API tokens for integrations. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const [createOpened, create] = useDisclosure();
  const { data, loading, error } = useQuery(ApiTokensSectionQueryDocument);

  return (
    <Stack data-testid="api-tokens">
      <Group justify="space-between">
        <Title order={3}>{t('apiTokens.title')}</Title>
        <Button variant="light" onClick={create.open} data-testid="api-token-create">
          {t('apiTokens.create.button')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('apiTokens.intro')}
      </Text>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data && data.apiTokens.length === 0 && <Text c="dimmed">{t('apiTokens.empty')}</Text>}
      {data && data.apiTokens.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('apiTokens.columns.name')}</Table.Th>
                <Table.Th>{t('apiTokens.columns.role')}</Table.Th>
                <Table.Th>{t('apiTokens.columns.created')}</Table.Th>
                <Table.Th>{t('apiTokens.columns.lastUsed')}</Table.Th>
                <Table.Th>{t('apiTokens.columns.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.apiTokens.map((apiToken) => (
                <ApiTokenRow key={apiToken.id} apiToken={apiToken} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateApiTokenDialog opened={createOpened} onClose={create.close} />
    </Stack>
  );
}
