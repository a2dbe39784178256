import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LeadOrderField, SortDirection, type LeadsPageQueryQuery } from '../../gql/graphql';
import { LeadsTableRow } from './LeadsTableRow';
import type { LeadTableState } from './leadTableQuery';

type LeadEdge = NonNullable<LeadsPageQueryQuery['leads']>['edges'][number];

function SortableHeader({ field, state, onSort, children, visibleFrom }: {
  field: LeadOrderField;
  visibleFrom?: 'sm';
  state: LeadTableState;
  onSort: (field: LeadOrderField) => void;
  children: string;
}) {
  const arrow = state.sort === field ? (state.direction === SortDirection.Asc ? ' ↑' : ' ↓') : '';
  return (
    <Table.Th visibleFrom={visibleFrom}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort(field)} data-testid={`sort-${field}`}>
        {children}
        {arrow}
      </UnstyledButton>
    </Table.Th>
  );
}

/** The leads as a table with sortable headers; on a phone only the key columns (company, contact, stage) stay. */
export function LeadsTable({ edges, state, compact, onSort }: {
  edges: readonly LeadEdge[];
  state: LeadTableState;
  compact: boolean;
  onSort: (field: LeadOrderField) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={compact ? 0 : 1200}>
      <Table striped highlightOnHover data-testid="leads-table">
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field={LeadOrderField.CompanyName} state={state} onSort={onSort}>
              {t('leads.table.columns.company')}
            </SortableHeader>
            <SortableHeader field={LeadOrderField.LastName} state={state} onSort={onSort}>
              {t('leads.table.columns.contact')}
            </SortableHeader>
            <Table.Th visibleFrom="sm">{t('leads.table.columns.legalForm')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('leads.table.columns.inn')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('leads.table.columns.regime')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('leads.table.columns.region')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('leads.table.columns.source')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('leads.table.columns.owner')}</Table.Th>
            <SortableHeader field={LeadOrderField.Stage} state={state} onSort={onSort}>
              {t('leads.table.columns.stage')}
            </SortableHeader>
            <SortableHeader field={LeadOrderField.CreatedAt} state={state} onSort={onSort} visibleFrom="sm">
              {t('leads.table.columns.created')}
            </SortableHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {edges.map((edge) => (
            <LeadsTableRow key={edge.node.id} lead={edge.node} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
