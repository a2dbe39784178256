import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { LiveStatusBadge } from '../../kernel/ui/LiveStatusBadge';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { useFragment as readFragment } from '../../gql';
import { BoardTask_TaskFragmentDoc, MyTasksPageQueryDocument } from '../../gql/graphql';
import { formatDay } from './format';
import { isTaskStatus, PRIORITY_COLORS, TASK_STATUSES } from './projectEnums';
import { TaskDrawer } from './TaskDrawer';
import { useChangeTaskStatus } from './useMoveTask';
import { useMyTaskEvents } from './useMyTaskEvents';

/** The caller's open tasks across projects, overdue first (the server's order). */
export function MyTasksPage() {
  const { t, i18n } = useTranslation();
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(MyTasksPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const changeStatus = useChangeTaskStatus(null, () => refetch());
  const rows = data?.myTasks ?? [];
  const me = useCurrentUser();
  const listed = useMemo(() => new Set((data?.myTasks ?? []).map((row) => readFragment(BoardTask_TaskFragmentDoc, row).id)), [data]);
  // a task given to me or taken from me, by anyone, shows without a reload
  useMyTaskEvents(me.id, listed, () => void refetch());

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('projects.myTasks.title')}</Title>
        <LiveStatusBadge />
      </Group>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data && rows.length === 0 && (
        <EmptyState
          title={t('projects.myTasks.emptyTitle')}
          description={t('projects.myTasks.emptyText')}
          action={
            <Button variant="default" component={Link} to="/projects">
              {t('projects.myTasks.toProjects')}
            </Button>
          }
        />
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="my-tasks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projects.myTasks.columns.task')}</Table.Th>
                <Table.Th>{t('projects.myTasks.columns.project')}</Table.Th>
                <Table.Th>{t('projects.myTasks.columns.due')}</Table.Th>
                <Table.Th>{t('projects.myTasks.columns.priority')}</Table.Th>
                <Table.Th>{t('projects.myTasks.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const task = readFragment(BoardTask_TaskFragmentDoc, row);
                return (
                  <Table.Tr
                    key={task.id}
                    data-testid="my-task"
                    data-task-id={task.id}
                    data-overdue={task.overdue}
                    bg={task.overdue ? 'var(--mantine-color-red-light)' : undefined}
                  >
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => setOpenTaskId(task.id)}>
                        {task.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/projects/${row.project.id}`}>
                        {row.project.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={task.overdue ? 'red' : undefined} fw={task.overdue ? 700 : undefined}>
                        {formatDay(task.dueDate, i18n.language) || t('common.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={PRIORITY_COLORS[task.priority]}>
                        {t(`projects.priorities.${task.priority}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        size="xs"
                        aria-label={t('projects.board.statusSelect')}
                        value={task.status}
                        data={TASK_STATUSES.map((status) => ({ value: status, label: t(`projects.taskStatuses.${status}`) }))}
                        onChange={(event) => {
                          const status = event.currentTarget.value;
                          if (isTaskStatus(status)) void changeStatus(task, status).then(() => refetch());
                        }}
                        data-testid="task-status-select"
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TaskDrawer taskId={openTaskId} onClose={() => setOpenTaskId(null)} />
    </Stack>
  );
}
