import { Anchor, Box, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ObligationRowFragment } from '../../gql/graphql';

/** How an item looks on the calendar: overdue red, done green, provisional dashed orange. */
export function itemColor(row: Pick<ObligationRowFragment, 'overdue' | 'status'>): string {
  if (row.overdue) return 'red';
  if (row.status === 'DONE') return 'green';
  if (row.status === 'NOT_REQUIRED') return 'gray';
  return row.status === 'IN_PROGRESS' ? 'blue' : 'indigo';
}

export function ObligationChip({ row, onOpen }: { row: ObligationRowFragment; onOpen: () => void }) {
  const { t } = useTranslation();
  const color = itemColor(row);
  return (
    <Tooltip label={`${row.title} — ${row.client.shortName}${row.provisional ? ` (${t('clients.obligations.provisional')})` : ''}`} openDelay={400}>
      <UnstyledButton
        onClick={onOpen}
        data-testid="calendar-item"
        data-obligation-id={row.id}
        data-status={row.status}
        data-overdue={row.overdue}
        data-provisional={row.provisional}
        px={4}
        py={2}
        w="100%"
        style={{
          borderRadius: 4,
          background: `var(--mantine-color-${color}-light)`,
          border: row.provisional ? '1px dashed var(--mantine-color-orange-6)' : '1px solid transparent',
          textDecoration: row.status === 'DONE' || row.status === 'NOT_REQUIRED' ? 'line-through' : undefined,
        }}
      >
        <Text size="xs" lineClamp={1} c={`${color}.9`}>
          {row.provisional ? '≈ ' : ''}{row.title}
        </Text>
        <Text size="xs" lineClamp={1} c="dimmed">{row.client.shortName}</Text>
      </UnstyledButton>
    </Tooltip>
  );
}

interface CalendarTask {
  id: string;
  title: string;
  dueDate?: string | null;
  overdue: boolean;
  status: string;
  project: { id: string; name: string };
}

export function TaskChip({ task }: { task: CalendarTask }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/projects/${task.project.id}?task=${task.id}`} size="xs" data-testid="calendar-task" underline="never">
      <Box px={4} py={2} style={{ borderRadius: 4, border: `1px solid var(--mantine-color-${task.overdue ? 'red' : 'gray'}-4)` }}>
        <Text size="xs" lineClamp={1} c={task.overdue ? 'red.8' : undefined}>{t('clients.calendar.task')}: {task.title}</Text>
      </Box>
    </Anchor>
  );
}
