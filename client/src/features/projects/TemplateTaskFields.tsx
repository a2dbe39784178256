import { ActionIcon, Group, MultiSelect, NumberInput, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Department, Role } from '../../gql/graphql';
import { TASK_PRIORITIES } from './projectEnums';
import { removeTask, renameKey, type TemplateDraft } from './templateDraft';

interface TemplateTaskFieldsProps {
  form: UseFormReturnType<TemplateDraft>;
  index: number;
  editable: boolean;
}

/** One task of a template: key, title, who gets it, when it is due and what comes first. */
export function TemplateTaskFields({ form, index, editable }: TemplateTaskFieldsProps) {
  const { t } = useTranslation();
  const tasks = form.values.tasks;
  const task = tasks[index]!;
  const path = (field: string) => `tasks.${index}.${field}`;

  return (
    <Paper withBorder p="sm" data-testid="template-task">
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            w={140}
            label={t('projects.templates.key')}
            readOnly={!editable}
            {...form.getInputProps(path('key'))}
            // a new key carries the other tasks' dependencies with it
            onChange={(event) => form.setFieldValue('tasks', renameKey(form.getValues().tasks, index, event.currentTarget.value))}
          />
          <TextInput flex={1} label={t('projects.templates.taskTitle')} readOnly={!editable} {...form.getInputProps(path('title'))} />
          {editable && (
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={t('projects.templates.removeTask')}
              onClick={() => form.setFieldValue('tasks', removeTask(form.getValues().tasks, index))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
        <Textarea label={t('projects.templates.taskDescription')} autosize minRows={1} readOnly={!editable} {...form.getInputProps(path('description'))} />
        <Group grow align="flex-start">
          <Select
            label={t('projects.templates.role')}
            placeholder={t('projects.templates.anyRole')}
            data={Object.values(Role).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            clearable
            disabled={!editable}
            {...form.getInputProps(path('assigneeRole'))}
          />
          <Select
            label={t('projects.templates.department')}
            placeholder={t('projects.task.noDepartment')}
            data={Object.values(Department).map((department) => ({ value: department, label: t(`departments.${department}`) }))}
            clearable
            disabled={!editable}
            {...form.getInputProps(path('department'))}
          />
          <Select
            label={t('projects.templates.priority')}
            data={TASK_PRIORITIES.map((priority) => ({ value: priority, label: t(`projects.priorities.${priority}`) }))}
            clearable
            disabled={!editable}
            {...form.getInputProps(path('priority'))}
          />
          <NumberInput
            label={t('projects.templates.dueIn')}
            min={0}
            max={365}
            readOnly={!editable}
            {...form.getInputProps(path('dueInWorkingDays'))}
            onChange={(value) => form.setFieldValue(`tasks.${index}.dueInWorkingDays`, typeof value === 'number' ? value : Number(value) || 0)}
          />
        </Group>
        <MultiSelect
          label={t('projects.templates.dependsOn')}
          data={tasks.filter((other) => other.key && other.key !== task.key).map((other) => ({ value: other.key, label: `${other.key} — ${other.title}` }))}
          disabled={!editable}
          {...form.getInputProps(path('dependsOn'))}
        />
      </Stack>
    </Paper>
  );
}
