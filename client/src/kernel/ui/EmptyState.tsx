import { Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  /** What to do next, in a sentence. */
  description?: string;
  /** The button (or link) that does it; left out for those who may not. */
  action?: ReactNode;
  testId?: string;
}

/** An empty list that says what to do next instead of showing a bare «нет данных». */
export function EmptyState({ title, description, action, testId }: EmptyStateProps) {
  return (
    <Stack align="center" gap="xs" py="xl" px="md" ta="center" data-testid={testId ?? 'empty-state'}>
      <ThemeIcon variant="light" size="xl" radius="xl" aria-hidden>
        ○
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {description && (
        <Text c="dimmed" size="sm" maw={480}>
          {description}
        </Text>
      )}
      {action}
    </Stack>
  );
}
