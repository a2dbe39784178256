import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { Pager, useCursorPages } from '../../kernel/ui/Pager';
import { ProjectsPageQueryDocument, type ProjectStatus } from '../../gql/graphql';
import { NewProjectDialog } from './NewProjectDialog';
import { ProjectsFilters, type ProjectsFilterValues } from './ProjectsFilters';
import { ProjectsTable } from './ProjectsTable';

const PAGE_SIZE = 100;

export function ProjectsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [values, setValues] = useState<ProjectsFilterValues>({ search: '', statuses: [], coordinatorId: null, lead: null });
  const { statuses, coordinatorId, lead } = values;
  const [debouncedSearch] = useDebouncedValue(values.search.trim(), 300);

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
      <ProjectsFilters value={values} onChange={setValues} />
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
      {projects && projects.edges.length > 0 && <ProjectsTable edges={projects.edges} />}
      {projects && projects.totalCount > PAGE_SIZE && (
        <Pager pages={pages} total={projects.totalCount} pageSize={PAGE_SIZE} pageInfo={projects.pageInfo} testId="projects" />
      )}
      <NewProjectDialog opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
