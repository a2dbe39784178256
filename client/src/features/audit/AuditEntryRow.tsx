import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { AuditSentence_EntryFragmentDoc } from '../../gql/graphql';
import { describeEntry } from './auditSentence';

export function AuditEntryRow({ entry: entryRef }: { entry: FragmentType<typeof AuditSentence_EntryFragmentDoc> }) {
  const { t, i18n } = useTranslation();
  const entry = readFragment(AuditSentence_EntryFragmentDoc, entryRef);
  const sentence = describeEntry(entry, t, i18n.language);

  return (
    <Table.Tr data-testid="audit-row" data-event-id={entry.id} data-event-type={entry.type}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
      <Table.Td>{entry.actor?.name ?? t('audit.system')}</Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="audit-sentence">
          {sentence.text}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {sentence.link && (
          <Anchor component={Link} to={sentence.link} size="sm">
            {t('auditLog.open')}
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
