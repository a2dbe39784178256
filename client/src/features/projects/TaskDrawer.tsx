import { useQuery } from '@apollo/client/react';
import { Alert, Drawer, Loader, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { ConfirmDialog } from '../../kernel/ui/ConfirmDialog';
import { useFragment as readFragment } from '../../gql';
import {
  BoardTask_TaskFragmentDoc,
  TaskDrawer_TaskFragmentDoc,
  TaskDrawerQueryDocument,
  TaskRights_TaskFragmentDoc,
  type UpdateTaskInput,
} from '../../gql/graphql';
import { TaskComments } from './TaskComments';
import { TaskConflictAlert } from './TaskConflictAlert';
import { currentTaskOf, type CurrentTask } from './taskConflict';
import { TaskDependencies } from './TaskDependencies';
import { detailsOf } from './taskDetails';
import { TaskDetailsForm } from './TaskDetailsForm';
import { TaskDetailsView } from './TaskDetailsView';
import { TaskHistory } from './TaskHistory';
import { TaskQuickActions } from './TaskQuickActions';
import { useChangeTaskStatus } from './useMoveTask';
import { useProjectUsers } from './useProjectOptions';
import { useTaskWrites } from './useTaskWrites';

interface TaskDrawerProps {
  taskId: string | null;
  onClose: () => void;
}

export function TaskDrawer({ taskId, onClose }: TaskDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer opened={taskId !== null} onClose={onClose} position="right" size="lg" title={t('projects.task.tabs.details')}>
      {taskId && <TaskDrawerBody key={taskId} taskId={taskId} onClose={onClose} />}
    </Drawer>
  );
}

/**
 * One task: status and assignee change at once (like a move on the board); the other fields are a
 * form saved by «Сохранить». Either write carries the version the user saw; a stale one shows the
 * task as the server holds it.
 */
function TaskDrawerBody({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { options: userOptions, names } = useProjectUsers();
  const { data, error, refetch } = useQuery(TaskDrawerQueryDocument, { variables: { id: taskId }, fetchPolicy: 'cache-and-network' });
  const [conflict, setConflict] = useState<CurrentTask | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // a new form after a save or a reload, so that it starts from the server's task
  const [formKey, setFormKey] = useState(0);
  const projectId = data?.task.project.id ?? null;
  const changeStatus = useChangeTaskStatus(projectId, () => refetch());

  const task = data ? readFragment(TaskDrawer_TaskFragmentDoc, data.task) : null;
  const boardTask = task ? readFragment(BoardTask_TaskFragmentDoc, task) : null;
  const writes = useTaskWrites(boardTask, projectId);

  // history and comments follow the task: reload them whenever it changes (here or elsewhere).
  // A comment leaves the version alone; the live event's task brings its new comment count.
  const version = boardTask?.version;
  const commentCount = boardTask?.commentCount;
  const shownComments = data?.task.comments.length;
  useEffect(() => {
    if (version !== undefined) void refetch();
  }, [version, refetch]);
  useEffect(() => {
    if (commentCount !== undefined && shownComments !== undefined && commentCount !== shownComments) void refetch();
  }, [commentCount, shownComments, refetch]);

  if (error && !data) return <Alert color="red">{errorMessage(error, t)}</Alert>;
  if (!data || !task || !boardTask) return <Loader />;

  // the server's answer for this viewer (project editors, or an accountant on their own task)
  const rights = readFragment(TaskRights_TaskFragmentDoc, data.task);

  const onFailure = (failure: unknown) => {
    const currentTask = currentTaskOf(failure);
    if (currentTask) setConflict(currentTask);
    else notifications.show({ color: 'red', message: errorMessage(failure, t) });
  };

  const save = async (input: UpdateTaskInput) => {
    await writes.update(input);
    setFormKey((key) => key + 1);
    notifications.show({ color: 'teal', message: t('projects.task.saved') });
  };

  const assign = async (assigneeId: string | null) => {
    try {
      await writes.assign(assigneeId);
    } catch (failure) {
      onFailure(failure);
    }
  };

  const remove = async () => {
    try {
      await writes.remove();
      setConfirmDelete(false);
      onClose();
    } catch (failure) {
      setConfirmDelete(false);
      onFailure(failure);
    }
  };

  const reload = async () => {
    await refetch();
    setConflict(null);
    setFormKey((key) => key + 1);
  };

  return (
    <Stack data-testid="task-drawer" data-task-id={task.id}>
      {conflict && <TaskConflictAlert conflict={conflict} names={names} onReload={() => void reload()} />}
      <Tabs defaultValue="details">
        <Tabs.List>
          <Tabs.Tab value="details">{t('projects.task.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="comments" data-testid="task-tab-comments">
            {t('projects.task.tabs.comments', { count: data.task.comments.length })}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="task-tab-history">
            {t('projects.task.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Stack gap="sm">
            <TaskQuickActions
              task={boardTask}
              userOptions={userOptions}
              canChangeStatus={rights.viewerCanChangeStatus}
              canAssign={rights.viewerCanEdit}
              onStatus={(status) => void changeStatus(boardTask, status)}
              onAssign={(assigneeId) => void assign(assigneeId)}
            />
            {rights.viewerCanEdit ? (
              <TaskDetailsForm
                key={formKey}
                details={detailsOf(task)}
                version={boardTask.version}
                overdue={boardTask.overdue}
                saving={writes.saving}
                onSave={save}
                onFailure={onFailure}
                onDelete={() => setConfirmDelete(true)}
              />
            ) : (
              <TaskDetailsView details={detailsOf(task)} overdue={boardTask.overdue} />
            )}
            <TaskDependencies dependencies={data.task.dependencies} />
            <Text size="xs" c="dimmed">
              {t('projects.task.createdBy', {
                name: task.createdBy?.name ?? t('projects.task.history.system'),
                at: formatDateTime(task.createdAt, i18n.language),
              })}
            </Text>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="comments" pt="md">
          <TaskComments taskId={task.id} comments={data.task.comments} canComment={rights.viewerCanComment} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <TaskHistory history={data.task.history} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('projects.task.deleteTitle')}
        message={t('projects.task.deleteConfirm', { title: task.title })}
        confirmLabel={t('projects.task.delete')}
        danger
        loading={writes.deleting}
        onConfirm={() => void remove()}
        onClose={() => setConfirmDelete(false)}
      />
    </Stack>
  );
}
