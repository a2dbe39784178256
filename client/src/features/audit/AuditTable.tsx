import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../../gql';
import type { AuditSentence_EntryFragmentDoc } from '../../gql/graphql';
import { AuditEntryRow } from './AuditEntryRow';

/** The audit entries, newest first: when, who, what and the details. */
export function AuditTable({ entries }: { entries: readonly (FragmentType<typeof AuditSentence_EntryFragmentDoc> & { id: string })[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.at')}</Table.Th>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.event')}</Table.Th>
            <Table.Th>{t('audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditEntryRow key={entry.id} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
