import { useQuery } from '@apollo/client/react';
import { Alert, Button, Drawer, Group, Loader, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { Pager, useCursorPages } from '../../kernel/ui/Pager';
import { LeadOrderField, LeadsPageQueryDocument, SortDirection } from '../../gql/graphql';
import { ImportLeadsDialog } from './ImportLeadsDialog';
import { LeadFilters } from './LeadFilters';
import { LeadsTableRow } from './LeadsTableRow';
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
  const [filtersOpened, filtersDrawer] = useDisclosure();
  const filterCount = Object.keys(filter).length;
  const filters = <LeadFilters state={state} search={search} onSearchChange={changeSearch} onChange={setState} options={options} />;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('leads.table.title')}</Title>
        <Group gap="sm">
          {me.can.editLeadLists && (
            <Button variant="subtle" component={Link} to="/leads/settings" data-testid="lead-settings-open">
              {t('leads.settings.open')}
            </Button>
          )}
          <Button variant="default" onClick={handleExport} loading={exporting} data-testid="export-leads">
            {t('leads.export.button')}
          </Button>
          {editor && (
            <Button variant="default" onClick={importDialog.open} data-testid="import-leads">
              {t('leads.import.button')}
            </Button>
          )}
          {editor && (
            <Button component={Link} to="/leads/new" data-testid="new-lead">
              {t('leads.table.new')}
            </Button>
          )}
        </Group>
      </Group>

      {compact ? (
        <>
          <Button variant="default" onClick={filtersDrawer.open} data-testid="leads-filters-open">
            {filterCount ? t('leads.filtersDrawer.openCount', { count: filterCount }) : t('leads.filtersDrawer.open')}
          </Button>
          <Drawer opened={filtersOpened} onClose={filtersDrawer.close} title={t('leads.filtersDrawer.title')} position="bottom" size="85%">
            {filters}
          </Drawer>
        </>
      ) : (
        filters
      )}

      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !leads && <Loader />}
      {leads && (
        <>
          <Table.ScrollContainer minWidth={compact ? 0 : 1200}>
            <Table striped highlightOnHover data-testid="leads-table">
              <Table.Thead>
                <Table.Tr>
                  <SortableHeader field={LeadOrderField.CompanyName} state={state} onSort={sort}>
                    {t('leads.table.columns.company')}
                  </SortableHeader>
                  <SortableHeader field={LeadOrderField.LastName} state={state} onSort={sort}>
                    {t('leads.table.columns.contact')}
                  </SortableHeader>
                  <Table.Th visibleFrom="sm">{t('leads.table.columns.legalForm')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('leads.table.columns.inn')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('leads.table.columns.regime')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('leads.table.columns.region')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('leads.table.columns.source')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('leads.table.columns.owner')}</Table.Th>
                  <SortableHeader field={LeadOrderField.Stage} state={state} onSort={sort}>
                    {t('leads.table.columns.stage')}
                  </SortableHeader>
                  <SortableHeader field={LeadOrderField.CreatedAt} state={state} onSort={sort} visibleFrom="sm">
                    {t('leads.table.columns.created')}
                  </SortableHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {leads.edges.map((edge) => (
                  <LeadsTableRow key={edge.node.id} lead={edge.node} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {leads.edges.length === 0 &&
            (Object.keys(filter).length > 0 ? (
              <EmptyState
                title={t('leads.empty.filteredTitle')}
                description={t('leads.empty.filteredText')}
                action={
                  <Button variant="default" onClick={() => setState({ ...state, stages: [], sourceIds: [], taxRegimes: [], legalForm: null, regionCodes: [], ownerIds: [], search: '' })} data-testid="leads-clear-filters">
                    {t('leads.empty.clearFilters')}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                title={t('leads.empty.title')}
                description={t(editor ? 'leads.empty.text' : 'leads.empty.textReadOnly')}
                action={
                  editor && (
                    <Group gap="sm" justify="center">
                      <Button component={Link} to="/leads/new" data-testid="empty-new-lead">
                        {t('leads.table.new')}
                      </Button>
                      <Button variant="default" onClick={importDialog.open}>
                        {t('leads.import.button')}
                      </Button>
                    </Group>
                  )
                }
              />
            ))}
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
