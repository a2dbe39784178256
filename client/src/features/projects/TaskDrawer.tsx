import { Alert, Drawer, Loader, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { ConfirmDialog } from '../../kernel/ui/ConfirmDialog';
import { useFragment as readFragment } from '../../gql';
import { TaskRights_TaskFragmentDoc } from '../../gql/graphql';
import { TaskComments } from './TaskComments';
import { TaskConflictAlert } from './TaskConflictAlert';
import { currentTaskOf, type CurrentTask } from './taskConflict';
import { TaskDetailsTab } from './TaskDetailsTab';
import type { TaskWrites } from './taskDetails';
import { TaskHistory } from './TaskHistory';
import { useChangeTaskStatus } from './useMoveTask';
import { useProjectUsers } from './useProjectOptions';
import { useTaskDrawerQuery } from './useTaskDrawerQuery';
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
 * One task: an editor changes every field, status and assignee included, in one form saved by
 * «Сохранить»; an accountant changes only the status of their own task, at once. Every write
 * carries the version the user saw; a stale one shows the task as the server holds it.
 */
function TaskDrawerBody({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { options: userOptions, names } = useProjectUsers();
  const { data, error, refetch, task, boardTask, projectId } = useTaskDrawerQuery(taskId);
  const [conflict, setConflict] = useState<CurrentTask | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // a new form after a save or a reload, so that it starts from the server's task
  const [formKey, setFormKey] = useState(0);
  const changeStatus = useChangeTaskStatus(projectId, () => refetch());
  const writes = useTaskWrites(boardTask, projectId);

  if (error && !data) return <Alert color="red">{errorMessage(error, t)}</Alert>;
  if (!data || !task || !boardTask) return <Loader />;

  const { viewerCanComment } = readFragment(TaskRights_TaskFragmentDoc, data.task);

  const onFailure = (failure: unknown) => {
    const currentTask = currentTaskOf(failure);
    if (currentTask) setConflict(currentTask);
    else notifications.show({ color: 'red', message: errorMessage(failure, t) });
  };

  // the fields, then the assignee, then the status: each write takes the version the previous one answered
  const save = async ({ update, status, ...rest }: TaskWrites) => {
    let current = boardTask;
    if (Object.keys(update).length) current = (await writes.update(update, current.version)) ?? current;
    if ('assigneeId' in rest) current = (await writes.assign(rest.assigneeId ?? null, current.version)) ?? current;
    if (status && !(await changeStatus(current, status))) return;
    setFormKey((key) => key + 1);
    notifications.show({ color: 'teal', message: t('projects.task.saved') });
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
          <TaskDetailsTab
            task={data.task}
            userOptions={userOptions}
            formKey={formKey}
            saving={writes.saving}
            onStatus={(status) => void changeStatus(boardTask, status)}
            onSave={save}
            onFailure={onFailure}
            onDelete={() => setConfirmDelete(true)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="comments" pt="md">
          <TaskComments taskId={task.id} comments={data.task.comments} canComment={viewerCanComment} />
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
