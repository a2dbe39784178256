import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from './format';
import { PRIORITY_COLORS } from './projectEnums';
import type { TaskDetailsValues } from './taskDetails';

interface TaskDetailsViewProps {
  details: TaskDetailsValues;
  overdue: boolean;
}

/** The task's fields for a viewer who may not edit them: plain text, nothing to save. */
export function TaskDetailsView({ details, overdue }: TaskDetailsViewProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" data-testid="task-details-view">
      <Text size="xs" c="dimmed">
        {t('projects.task.readOnly')}
      </Text>
      <Labelled label={t('projects.task.title')}>
        <Text fw={600} data-testid="task-title-text">
          {details.title}
        </Text>
      </Labelled>
      <Group grow align="flex-start">
        <Labelled label={t('projects.task.department')}>
          <Text size="sm">{details.department ? t(`departments.${details.department}`) : t('projects.task.noDepartment')}</Text>
        </Labelled>
        <Labelled label={t('projects.task.priority')}>
          <Badge variant="light" color={PRIORITY_COLORS[details.priority]}>
            {t(`projects.priorities.${details.priority}`)}
          </Badge>
        </Labelled>
        <Labelled label={t('projects.task.dueDate')}>
          <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 700 : undefined}>
            {details.dueDate ? formatDay(details.dueDate, i18n.language) : t('projects.task.noDueDate')}
            {overdue && ` · ${t('projects.task.overdue')}`}
          </Text>
        </Labelled>
      </Group>
      <Labelled label={t('projects.task.description')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={details.description ? undefined : 'dimmed'}>
          {details.description || t('projects.task.noDescription')}
        </Text>
      </Labelled>
      <Labelled label={t('projects.checklist.title')}>
        {details.checklist.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('projects.checklist.empty')}
          </Text>
        ) : (
          <Stack gap={4} data-testid="task-checklist">
            {details.checklist.map((item, index) => (
              // a read-only mark, not a control: the viewer cannot tick it
              <Checkbox key={item.id ?? index} label={item.text} checked={item.done} readOnly tabIndex={-1} data-testid="task-checklist-item" />
            ))}
          </Stack>
        )}
      </Labelled>
    </Stack>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}
