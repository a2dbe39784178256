import { Badge, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import { Department, type TaskPriority } from '../../gql/graphql';
import { ChecklistEditor } from './ChecklistEditor';
import { isTaskStatus, TASK_PRIORITIES, TASK_STATUSES } from './projectEnums';
import { hasWrites, rebase, writesOf, type TaskDetailsValues, type TaskWrites } from './taskDetails';
import { DayInput } from '../../kernel/ui/DayInput';

interface TaskDetailsFormProps {
  /** The task's fields as the server last sent them. */
  details: TaskDetailsValues;
  /** changes with every live update of the task */
  version: number;
  overdue: boolean;
  saving: boolean;
  /** The project's people to assign. */
  userOptions: { value: string; label: string }[];
  /** Saves what changed; rejects with the server's error. */
  onSave: (writes: TaskWrites) => Promise<unknown>;
  /** Any failure that is not a field problem (CONFLICT, network, …). */
  onFailure: (error: unknown) => void;
  onDelete: () => void;
}

/**
 * The task's fields — status, assignee, title, department, priority, due date, description,
 * checklist — all saved by one «Сохранить» with only the changed fields; «Отменить изменения»
 * drops the edits.
 * The owner remounts it (a new `key`) after a save or a reload, to start from the server's task.
 * Only for a viewer who may edit the task; the others see TaskDetailsView.
 */
export function TaskDetailsForm(props: TaskDetailsFormProps) {
  const { details, version, overdue, saving, userOptions, onSave, onFailure, onDelete } = props;
  const { t } = useTranslation();
  const form = useForm<TaskDetailsValues>({
    initialValues: details,
    validate: { title: (title) => (title.trim() ? null : t('projects.task.titleRequired')) },
  });
  // what the form was last aligned with; edits are measured against it
  const base = useRef(details);

  // the task changed on the server (here or elsewhere): untouched fields follow it, edits stay
  const baseVersion = useRef(version);
  useEffect(() => {
    if (baseVersion.current === version) return;
    baseVersion.current = version;
    const values = rebase(base.current, details, form.getValues());
    base.current = details;
    form.setInitialValues(details);
    form.setValues(values);
    form.resetDirty(details);
  }, [version, details, form]);

  const dirty = hasWrites(writesOf(base.current, form.values));

  const submit = form.onSubmit(async (values) => {
    const writes = writesOf(base.current, values);
    if (!hasWrites(writes)) return;
    try {
      await onSave(writes);
    } catch (error) {
      // field problems go under their fields; anything else (CONFLICT, network) to the owner
      const { matched, unmatched } = setServerFieldErrors(form, error);
      if (matched === 0 || unmatched.length > 0) onFailure(error);
    }
  });

  const discard = () => {
    form.setValues(base.current);
    form.resetDirty(base.current);
    form.clearErrors();
  };

  return (
    <form onSubmit={submit} data-testid="task-details-form" data-dirty={dirty || undefined}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label={t('projects.task.status')}
            data={TASK_STATUSES.map((status) => ({ value: status, label: t(`projects.taskStatuses.${status}`) }))}
            value={form.values.status}
            allowDeselect={false}
            onChange={(status) => isTaskStatus(status) && form.setFieldValue('status', status)}
            data-testid="task-drawer-status"
          />
          <Select
            label={t('projects.task.assignee')}
            placeholder={t('projects.task.unassigned')}
            data={userOptions}
            searchable
            clearable
            // picking the chosen person again keeps them; the clear button is how a task is taken back
            allowDeselect={false}
            {...form.getInputProps('assigneeId')}
            data-testid="task-assignee"
          />
        </Group>
        <TextInput label={t('projects.task.title')} {...form.getInputProps('title')} data-testid="task-title" />
        <Group grow align="flex-start">
          <Select
            label={t('projects.task.department')}
            placeholder={t('projects.task.noDepartment')}
            data={Object.values(Department).map((department) => ({ value: department, label: t(`departments.${department}`) }))}
            {...form.getInputProps('department')}
          />
          <Select
            label={t('projects.task.priority')}
            data={TASK_PRIORITIES.map((priority) => ({ value: priority, label: t(`projects.priorities.${priority}`) }))}
            allowDeselect={false}
            {...form.getInputProps('priority')}
            onChange={(priority) => priority && form.setFieldValue('priority', priority as TaskPriority)}
          />
          <DayInput
            label={t('projects.task.dueDate')}
            clearable
            {...form.getInputProps('dueDate')}
            error={form.errors.dueDate ?? (overdue ? t('projects.task.overdue') : undefined)}
          />
        </Group>
        <Textarea
          label={t('projects.task.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
          data-testid="task-description"
        />
        <Text fw={600} size="sm" mt="sm">
          {t('projects.checklist.title')}
        </Text>
        <ChecklistEditor
          items={form.values.checklist}
          onChange={(items) => form.setFieldValue('checklist', items)}
          testId="task-checklist"
        />
        <Group justify="space-between">
            <Button variant="subtle" color="red" onClick={onDelete} data-testid="task-delete">
              {t('projects.task.delete')}
            </Button>
            <Group gap="xs">
              {dirty && (
                <>
                  <Badge color="yellow" variant="light" data-testid="task-unsaved">
                    {t('projects.task.unsaved')}
                  </Badge>
                  <Button variant="default" onClick={discard} data-testid="task-discard">
                    {t('projects.task.discard')}
                  </Button>
                </>
              )}
              <Button type="submit" loading={saving} disabled={!dirty} data-testid="task-save">
                {t('projects.task.save')}
              </Button>
            </Group>
          </Group>
      </Stack>
    </form>
  );
}
