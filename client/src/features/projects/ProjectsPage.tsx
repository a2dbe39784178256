import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Loader, MultiSelect, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { Pager, useCursorPages } from '../../kernel/ui/Pager';
import { ProjectsPageQueryDocument, type ProjectStatus } from '../../gql/graphql';
import { formatDay } from './format';
import { NewProjectDialog } from './NewProjectDialog';
import { PROJECT_STATUS_COLORS, PROJECT_STATUSES } from './projectEnums';
import { useLeadSearch, useProjectUsers, type Option } from './useProjectOptions';

const PAGE_SIZE = 100;

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [coordinatorId, setCoordinatorId] = useState<string | null>(null);
  const [lead, setLead] = useState<Option | null>(null);
  const [leadSearch, setLeadSearch] = useState('');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const { options: userOptions } = useProjectUsers();
  const { options: leadOptions } = useLeadSearch(leadSearch, lead);

  const filter = useMemo(
    () => ({
      statuses: statuses.length ? (statuses as ProjectStatus[]) : null,
      coordinatorId,
      leadId: lead?.value ?? null,
      search: debouncedSearch || null,
    }),
    [statuses, coordinatorId, lead, debouncedSearch],
  );
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, error, loading } = useQuery(ProjectsPageQueryDocument, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const projects = (data ?? previousData)?.projects;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('projects.list.title')}</Title>
        <Group>
          {me.can.editTemplates && (
            <Button variant="default" component={Link} to="/projects/templates" data-testid="project-templates">
              {t('projects.list.templates')}
            </Button>
          )}
          {me.can.createProjects && (
            <Button onClick={() => setCreating(true)} data-testid="new-project">
              {t('projects.list.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('projects.list.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-testid="projects-search"
        />
        <MultiSelect
          label={t('projects.list.status')}
          data={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projects.statuses.${status}`) }))}
          value={statuses}
          onChange={setStatuses}
          clearable
          miw={200}
          data-testid="projects-status-filter"
        />
        <Select
          label={t('projects.list.coordinator')}
          data={userOptions}
          value={coordinatorId}
          onChange={setCoordinatorId}
          searchable
          clearable
          data-testid="projects-coordinator-filter"
        />
        <Select
          label={t('projects.list.client')}
          data={leadOptions}
          value={lead?.value ?? null}
          searchValue={leadSearch}
          onSearchChange={setLeadSearch}
          onChange={(value, option) => setLead(value && option ? { value, label: option.label } : null)}
          filter={({ options }) => options}
          searchable
          clearable
          data-testid="projects-client-filter"
        />
      </Group>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !projects && <Loader />}
      {projects && projects.edges.length === 0 && (
        <EmptyState
          title={t('projects.empty.title')}
          description={t(me.can.createProjects ? 'projects.empty.text' : 'projects.empty.textReadOnly')}
          action={
            me.can.createProjects && (
              <Button onClick={() => setCreating(true)} data-testid="empty-new-project">
                {t('projects.list.new')}
              </Button>
            )
          }
        />
      )}
      {projects && projects.edges.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover data-testid="projects-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projects.list.columns.name')}</Table.Th>
                <Table.Th>{t('projects.list.columns.client')}</Table.Th>
                <Table.Th>{t('projects.list.columns.coordinator')}</Table.Th>
                <Table.Th>{t('projects.list.columns.status')}</Table.Th>
                <Table.Th>{t('projects.list.columns.start')}</Table.Th>
                <Table.Th>{t('projects.list.columns.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {projects.edges.map(({ node }) => (
                <Table.Tr
                  key={node.id}
                  data-testid="project-row"
                  data-project-id={node.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/projects/${node.id}`)}
                >
                  <Table.Td>
                    <Anchor component={Link} to={`/projects/${node.id}`} onClick={(event) => event.stopPropagation()}>
                      {node.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{node.lead?.companyName ?? t('common.none')}</Table.Td>
                  <Table.Td>{node.coordinator?.name ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={PROJECT_STATUS_COLORS[node.status]}>
                      {t(`projects.statuses.${node.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDay(node.startDate, i18n.language)}</Table.Td>
                  <Table.Td>{formatDay(node.dueDate, i18n.language) || t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {projects && projects.totalCount > PAGE_SIZE && (
        <Pager pages={pages} total={projects.totalCount} pageSize={PAGE_SIZE} pageInfo={projects.pageInfo} testId="projects" />
      )}
      <NewProjectDialog opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
