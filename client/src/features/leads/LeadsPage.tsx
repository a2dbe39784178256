import { useQuery } from '@apollo/client/react';
import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { Pager, useCursorPages } from '../../kernel/ui/Pager';
import { LeadOrderField, LeadsPageQueryDocument } from '../../gql/graphql';
import { ImportLeadsDialog } from './ImportLeadsDialog';
import { LeadFilters } from './LeadFilters';
import { LeadsEmptyState } from './LeadsEmptyState';
import { LeadsFiltersPanel } from './LeadsFiltersPanel';
import { LeadsTable } from './LeadsTable';
import { LeadsToolbar } from './LeadsToolbar';
import {
  tableStateFromQuery,
  tableStateToQuery,
  toggleSort,
  toLeadFilter,
  toLeadOrder,
  type LeadTableState,
} from './leadTableQuery';
import { useExportLeads } from './useExportLeads';
import { useLeadOptions } from './useLeadOptions';

/** Leads per page; the preload asks for the same first page. */
export const PAGE_SIZE = 25;

export function LeadsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const options = useLeadOptions();
  const [params, setParams] = useSearchParams();
  const state = tableStateFromQuery(params);
  const queryKey = tableStateToQuery(state).toString();
  const setState = (next: LeadTableState) => setParams(tableStateToQuery(next), { replace: true });

  // the box answers every keystroke; the URL (and the query) follow once typing pauses
  const [search, setSearch] = useState(state.search);
  // reads the URL as it is when the pause ends, so filters changed meanwhile are kept
  const writeSearch = useDebouncedCallback((value: string) => {
    setParams(
      (current) => {
        const latest = tableStateFromQuery(current);
        return value.trim() === latest.search.trim() ? current : tableStateToQuery({ ...latest, search: value });
      },
      { replace: true },
    );
  }, 350);
  const changeSearch = (value: string) => {
    setSearch(value);
    writeSearch(value);
  };

  const pages = useCursorPages(queryKey);

  const filter = toLeadFilter(state);
  const orderBy = toLeadOrder(state);
  const { data, previousData, loading, error, refetch } = useQuery(LeadsPageQueryDocument, {
    variables: { filter, orderBy, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const leads = (data ?? previousData)?.leads;

  // «С чего начать» links here with ?import=1 to open the import at once
  const [importOpened, importDialog] = useDisclosure(new URLSearchParams(window.location.search).get('import') === '1');
  const [exportLeads, { loading: exporting }] = useExportLeads();
  const handleExport = () =>
    exportLeads(filter, orderBy).catch((exportError: unknown) =>
      notifications.show({ color: 'red', message: t('leads.export.error', { message: errorMessage(exportError, t) }) }),
    );

  const sort = (field: LeadOrderField) => setState(toggleSort(state, field));
  const editor = me.can.editLeads;
  // on a phone the filters fold into a drawer and the table keeps its key columns (company, contact, stage)
  const compact = useMediaQuery('(max-width: 48em)') ?? false;
  const filterCount = Object.keys(filter).length;

  return (
    <Stack>
      <LeadsToolbar canEditLists={me.can.editLeadLists} editor={editor} exporting={exporting} onExport={handleExport} onImport={importDialog.open} />
      <LeadsFiltersPanel compact={compact} filterCount={filterCount}>
        <LeadFilters state={state} search={search} onSearchChange={changeSearch} onChange={setState} options={options} />
      </LeadsFiltersPanel>

      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !leads && <Loader />}
      {leads && (
        <>
          <LeadsTable edges={leads.edges} state={state} compact={compact} onSort={sort} />
          {leads.edges.length === 0 && (
            <LeadsEmptyState
              filtered={filterCount > 0}
              editor={editor}
              onClearFilters={() => setState({ ...state, stages: [], sourceIds: [], taxRegimes: [], legalForm: null, regionCodes: [], ownerIds: [], search: '' })}
              onImport={importDialog.open}
            />
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="leads-total">
              {t('leads.table.total', { count: leads.totalCount })}
            </Text>
            <Pager pages={pages} total={leads.totalCount} pageSize={PAGE_SIZE} pageInfo={leads.pageInfo} testId="leads" />
          </Group>
        </>
      )}
      {editor && (
        <ImportLeadsDialog
          opened={importOpened}
          onClose={importDialog.close}
          onImported={() => {
            void refetch();
            void options.refetch();
          }}
        />
      )}
    </Stack>
  );
}
