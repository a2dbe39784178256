import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { AuditEntryRow_EntryFragmentDoc } from '../../gql/graphql';
import { describeChanges } from './auditChanges';

export function AuditEntryRow({ entry: entryRef }: { entry: FragmentType<typeof AuditEntryRow_EntryFragmentDoc> }) {
  const { t, i18n } = useTranslation();
  const entry = readFragment(AuditEntryRow_EntryFragmentDoc, entryRef);
  const changes = describeChanges(entry.changes, t);

  return (
    <Table.Tr data-testid="audit-row" data-event-id={entry.id} data-event-type={entry.type}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
      <Table.Td>{entry.actor?.name ?? t('audit.system')}</Table.Td>
      <Table.Td>{t(`audit.events.${entry.type}`, { defaultValue: entry.type })}</Table.Td>
      <Table.Td>
        <Stack gap={0}>
          {changes.map((line) => (
            <Text key={line.key} size="sm">
              {line.text}
            </Text>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
