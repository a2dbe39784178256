import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Card, Group, Loader, Mark, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TimelineSearchQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { formatMoment } from './entryForm';

/** Entries that match the words, newest first, with the matched words marked. */
export function TimelineSearch({ text, leadId }: { text: string; leadId?: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { data, error, loading } = useQuery(TimelineSearchQueryDocument, { variables: { text, leadId: leadId ?? null, first: 50 } });
  const hits = data?.searchCorrespondence.edges ?? [];
  if (error) return <Alert color="red">{errorMessage(error, t)}</Alert>;
  if (loading && !data) return <Loader />;
  if (!hits.length) return <Text c="dimmed" data-testid="search-empty">{t('correspondence.search.empty')}</Text>;
  return (
    <Stack gap="xs" data-testid="search-hits">
      {hits.map(({ node }) => (
        <Card key={node.entry.id} withBorder padding="sm" data-testid="search-hit">
          <Group justify="space-between">
            <Group gap="xs">
              <Badge variant="light">{t(`correspondence.kinds.${node.entry.kind}`)}</Badge>
              {!leadId && <Text fw={500}>{node.entry.lead.companyName}</Text>}
              <Text size="sm">{node.entry.author?.name}</Text>
            </Group>
            <Text size="sm" c="dimmed">{formatMoment(node.entry.occurredAt, i18n.language, me.firm.timeZone)}</Text>
          </Group>
          {node.fragments.map((parts, i) => (
            <Text key={i} size="sm">
              {parts.map((part, j) => (part.match ? <Mark key={j}>{part.text}</Mark> : <span key={j}>{part.text}</span>))}
              {i < node.fragments.length - 1 ? ' … ' : ''}
            </Text>
          ))}
        </Card>
      ))}
    </Stack>
  );
}
