import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { LiveStatusBadge } from '../../kernel/ui/LiveStatusBadge';
import { useFragment as readFragment } from '../../gql';
import {
  BoardTask_TaskFragmentDoc,
  ProjectFacts_ProjectFragmentDoc,
  ProjectPageQueryDocument,
  TaskRights_TaskFragmentDoc,
  type ProjectFacts_ProjectFragment,
  type ProjectStatus,
} from '../../gql/graphql';
import { formatDay } from './format';
import { ProjectFacts } from './ProjectFacts';
import { PROJECT_STATUS_COLORS, PROJECT_STATUSES } from './projectEnums';
import { TaskBoard } from './TaskBoard';
import { TaskDrawer } from './TaskDrawer';
import { useUpdateProject } from './useUpdateProject';

export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  // `?task=<id>` opens that task's drawer (links from the audit log)
  const [searchParams, setSearchParams] = useSearchParams();
  const [openTaskId, setOpenTaskIdState] = useState<string | null>(() => searchParams.get('task'));
  const setOpenTaskId = (taskId: string | null) => {
    setOpenTaskIdState(taskId);
    if (!taskId && searchParams.has('task')) setSearchParams({}, { replace: true });
  };
  const { data, error, loading, refetch } = useQuery(ProjectPageQueryDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const project = data ? readFragment(ProjectFacts_ProjectFragmentDoc, data.project) : null;
  const taskRefs = data?.project.tasks;
  const tasks = useMemo(() => readFragment(BoardTask_TaskFragmentDoc, taskRefs ?? []), [taskRefs]);
  const rights = useMemo(() => new Map(readFragment(TaskRights_TaskFragmentDoc, taskRefs ?? []).map((r) => [r.id, r])), [taskRefs]);

  if (error && !data) return <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>;
  if (loading && !project) return <Loader />;
  if (!project) return null;

  return (
    <Stack>
      <Anchor component={Link} to="/projects" size="sm">
        {t('projects.project.back')}
      </Anchor>
      <ProjectHeader project={project} />
      <Tabs defaultValue="board" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board" data-testid="project-tab-board">
            {t('projects.board.title')}
          </Tabs.Tab>
          <Tabs.Tab value="facts" data-testid="project-tab-facts">
            {t('projects.project.facts')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="md">
          <Stack>
            <TaskBoard
              projectId={project.id}
              tasks={tasks}
              rights={rights}
              canEdit={project.viewerCanEdit}
              onOpen={setOpenTaskId}
              onResync={() => void refetch()}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="facts" pt="md">
          <ProjectFacts project={project} />
        </Tabs.Panel>
      </Tabs>
      <TaskDrawer taskId={openTaskId} onClose={() => setOpenTaskId(null)} />
    </Stack>
  );
}

function ProjectHeader({ project }: { project: ProjectFacts_ProjectFragment }) {
  const { t, i18n } = useTranslation();
  const [update, { loading }] = useUpdateProject(project.id);
  const statusOptions = PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projects.statuses.${status}`) }));

  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={2} data-testid="project-title">
            {project.name}
          </Title>
          {project.viewerCanEdit ? (
            <Select
              size="xs"
              w={170}
              aria-label={t('projects.project.status')}
              data={statusOptions}
              value={project.status}
              disabled={loading}
              allowDeselect={false}
              onChange={(status) => status && void update(project.version, { status: status as ProjectStatus })}
              data-testid="project-status"
            />
          ) : (
            <Badge variant="light" color={PROJECT_STATUS_COLORS[project.status]} data-testid="project-status">
              {t(`projects.statuses.${project.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {[
            project.lead && `${t('projects.project.client')}: ${project.lead.companyName}`,
            project.coordinator && `${t('projects.project.coordinator')}: ${project.coordinator.name}`,
            `${formatDay(project.startDate, i18n.language)} – ${formatDay(project.dueDate, i18n.language) || '…'}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {!project.viewerCanEdit && (
          <Text size="sm" c="dimmed">
            {t('projects.project.readOnly')}
          </Text>
        )}
      </Stack>
      <LiveStatusBadge />
    </Group>
  );
}
