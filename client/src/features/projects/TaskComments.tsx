import { useMutation } from '@apollo/client/react';
import { Button, Group, Mentions, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { CommentTaskDocument, TaskDrawerQueryDocument, type TaskDrawerQueryQuery } from '../../gql/graphql';
import { trackOwnWrite } from './ownWrites';
import { useProjectUsers } from './useProjectOptions';

type Comment = TaskDrawerQueryQuery['task']['comments'][number];

interface TaskCommentsProps {
  taskId: string;
  comments: readonly Comment[];
  canComment: boolean;
}

/** Comments, oldest first; typing @ offers the firm's people, and the picked ones are notified. */
export function TaskComments({ taskId, comments, canComment }: TaskCommentsProps) {
  const { t, i18n } = useTranslation();
  const { options } = useProjectUsers();
  const [markup, setMarkup] = useState('');
  const [body, setBody] = useState('');
  const [mentionIds, setMentionIds] = useState<string[]>([]);
  const [send, { loading }] = useMutation(CommentTaskDocument, {
    refetchQueries: [{ query: TaskDrawerQueryDocument, variables: { id: taskId } }],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    try {
      await trackOwnWrite(taskId, async () => {
        await send({ variables: { id: taskId, body: body.trim(), mentionIds } });
        return null;
      });
      setMarkup('');
      setBody('');
      setMentionIds([]);
    } catch (error) {
      notifications.show({ color: 'red', message: t('projects.task.comments.error', { message: errorMessage(error, t) }) });
    }
  };

  return (
    <Stack gap="sm" data-testid="task-comments">
      {comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('projects.task.comments.empty')}
        </Text>
      )}
      {comments.map((comment) => (
        <Paper key={comment.id} withBorder p="xs" data-testid="task-comment">
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {comment.author?.name ?? t('projects.task.history.system')}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(comment.createdAt, i18n.language)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
          {comment.mentions.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('projects.task.comments.mentions', { names: comment.mentions.map((user) => user.name).join(', ') })}
            </Text>
          )}
        </Paper>
      ))}
      {canComment && (
        <Stack gap="xs">
          <Mentions
            value={markup}
            minRows={2}
            maxRows={8}
            placeholder={t('projects.task.comments.placeholder')}
            onChange={(payload) => {
              setMarkup(payload.value);
              setBody(payload.plainTextValue);
              setMentionIds([...new Set(payload.mentions.map((mention) => mention.id))]);
            }}
            data-testid="task-comment-input"
          >
            <Mentions.Mention trigger="@" withTrigger appendSpaceOnAdd data={options.map((user) => ({ id: user.value, display: user.label }))} />
          </Mentions>
          <Group justify="flex-end">
            <Button size="xs" onClick={() => void submit()} loading={loading} disabled={!body.trim()} data-testid="task-comment-send">
              {t('projects.task.comments.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
