import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { AuditSentence_EntryFragmentDoc } from '../../gql/graphql';
import { describeEntry } from '../audit';
import { describeExtraChanges, leadValueNamer, type HistoryLookups } from './leadHistory';

interface LeadHistoryProps {
  entries: readonly FragmentType<typeof AuditSentence_EntryFragmentDoc>[];
  lookups: HistoryLookups;
}

/** The lead's recorded changes, newest first, each a sentence as in the audit log. */
export function LeadHistory({ entries: refs, lookups }: LeadHistoryProps) {
  const { t, i18n } = useTranslation();
  const entries = readFragment(AuditSentence_EntryFragmentDoc, refs).slice().reverse();
  if (entries.length === 0) return <Text c="dimmed">{t('leads.history.empty')}</Text>;
  const nameValue = leadValueNamer(lookups);

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="lead-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leads.history.columns.at')}</Table.Th>
            <Table.Th>{t('leads.history.columns.actor')}</Table.Th>
            <Table.Th>{t('leads.history.columns.event')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="lead-history-row" data-event-type={entry.type}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
              <Table.Td>{entry.actor?.name ?? t('leads.history.system')}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" data-testid="lead-history-sentence">
                    {describeEntry(entry, t, i18n.language, nameValue).text}
                  </Text>
                  {describeExtraChanges(entry.changes, t, lookups).map((line) => (
                    <Text key={line.key} size="sm" c="dimmed">
                      {line.text}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
