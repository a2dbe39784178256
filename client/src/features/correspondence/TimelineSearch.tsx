import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Card, Group, Loader, Mark, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimelineSearchQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { formatMoment } from './entryForm';
import { subjectLink } from './subjectLink';

/** Entries and document requests that match the words, newest first, with the matched words marked. */
export function TimelineSearch({ text, leadId, clientId }: { text: string; leadId?: string; clientId?: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { data, error, loading } = useQuery(TimelineSearchQueryDocument, { variables: { text, leadId: leadId ?? null, clientId: clientId ?? null, first: 50 } });
  const hits = data?.searchCorrespondence.edges ?? [];
  const everywhere = !leadId && !clientId;
  if (error) return <Alert color="red">{errorMessage(error, t)}</Alert>;
  if (loading && !data) return <Loader />;
  if (!hits.length) return <Text c="dimmed" data-testid="search-empty">{t('correspondence.search.empty')}</Text>;
  return (
    <Stack gap="xs" data-testid="search-hits">
      {hits.map(({ cursor, node }) => {
        const owner = node.entry ?? node.documentRequest;
        const subject = owner ? subjectLink(owner.lead, owner.client) : null;
        const kind = node.entry ? node.entry.kind : 'DOCUMENT_REQUEST';
        return (
          <Card key={cursor} withBorder padding="sm" data-testid="search-hit">
            <Group justify="space-between">
              <Group gap="xs">
                <Badge variant="light">{t(`correspondence.kinds.${kind}`)}</Badge>
                {everywhere && subject && (
                  <Anchor component={Link} to={subject.to} fw={500}>
                    {subject.name}
                  </Anchor>
                )}
                {node.entry?.author && <Text size="sm">{node.entry.author.name}</Text>}
                {node.documentRequest && <Text size="sm">{t(`correspondence.requests.status.${node.documentRequest.status}`)}</Text>}
              </Group>
              <Text size="sm" c="dimmed">{formatMoment(node.at, i18n.language, me.firm.timeZone)}</Text>
            </Group>
            {node.fragments.map((parts, i) => (
              <Text key={i} size="sm">
                {parts.map((part, j) => (part.match ? <Mark key={j}>{part.text}</Mark> : <span key={j}>{part.text}</span>))}
                {i < node.fragments.length - 1 ? ' … ' : ''}
              </Text>
            ))}
          </Card>
        );
      })}
    </Stack>
  );
}
