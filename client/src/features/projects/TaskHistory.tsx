import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../kernel/i18n/format';
import type { TaskDrawerQueryQuery } from '../../gql/graphql';
import { describeTaskChanges } from './taskHistory';
import { useProjectUsers } from './useProjectOptions';

type Entry = TaskDrawerQueryQuery['task']['history'][number];

/** Every change of the task: who, when, and each field from → to. */
export function TaskHistory({ history }: { history: readonly Entry[] }) {
  const { t, i18n } = useTranslation();
  const { names } = useProjectUsers();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('projects.task.history.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="task-history">
      {history.map((entry) => (
        <Timeline.Item key={entry.id} title={t(`projects.task.events.${entry.type}`, { defaultValue: entry.type })}>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {entry.actor?.name ?? t('projects.task.history.system')} · {formatDateTime(entry.at, i18n.language)}
            </Text>
            {describeTaskChanges(entry.changes, t, names, i18n.language).map((line) => (
              <Text key={line.key} size="sm" data-testid="task-history-line">
                {line.text}
              </Text>
            ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
