import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../gql/graphql';
import { TASK_STATUS_COLORS } from './projectEnums';

interface Dependency {
  id: string;
  title: string;
  status: TaskStatus;
}

/** The tasks to finish first, each with its status. */
export function TaskDependencies({ dependencies }: { dependencies: readonly Dependency[] }) {
  const { t } = useTranslation();
  if (dependencies.length === 0) return null;
  return (
    <Stack gap={4} data-testid="task-dependencies">
      <Text fw={600} size="sm">
        {t('projects.task.dependsOn')}
      </Text>
      {dependencies.map((dependency) => (
        <Group key={dependency.id} gap="xs" wrap="nowrap">
          <Badge variant="light" size="sm" color={TASK_STATUS_COLORS[dependency.status]}>
            {t(`projects.taskStatuses.${dependency.status}`)}
          </Badge>
          <Text size="sm">{dependency.title}</Text>
        </Group>
      ))}
    </Stack>
  );
}
