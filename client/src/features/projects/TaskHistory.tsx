import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { AuditSentence_EntryFragmentDoc } from '../../gql/graphql';
import { describeEntry } from '../audit';

/** Every change of the task as a sentence, as the audit log writes it, with who and when. */
export function TaskHistory({ history: refs }: { history: readonly FragmentType<typeof AuditSentence_EntryFragmentDoc>[] }) {
  const { t, i18n } = useTranslation();
  const history = readFragment(AuditSentence_EntryFragmentDoc, refs);
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('projects.task.history.empty')}
      </Text>
    );
  }
  // a checklist's change is told by its length; its items are in the «Детали» tab
  const nameValue = (key: string, value: unknown) => (key === 'checklist' && Array.isArray(value) ? t('projects.task.checklistItems', { count: value.length }) : null);
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="task-history">
      {history.map((entry) => (
        <Timeline.Item key={entry.id}>
          <Text size="sm" data-testid="task-history-line">
            {describeEntry(entry, t, i18n.language, nameValue).text}
          </Text>
          <Text size="xs" c="dimmed">
            {entry.actor?.name ?? t('projects.task.history.system')} · {formatDateTime(entry.at, i18n.language)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
