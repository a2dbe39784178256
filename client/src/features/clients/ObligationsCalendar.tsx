import { useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Anchor, Box, Button, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import {
  MyCalendarTasksQueryDocument, MyObligationCalendarQueryDocument, ObligationRowFragmentDoc, type ObligationFilter,
} from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { dateTimeFormat, formatDay } from '../../kernel/i18n/format';
import { ObligationChip, TaskChip } from './CalendarChips';
import { CalendarObligationDialog } from './CalendarObligationDialog';
import { byDay, inMonth, monthWeeks, shiftAnchor, visibleRange, weekDays, type CalendarMode } from './calendarView';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** Today on this computer's calendar: where the view opens; overdue is the server's call. */
const localToday = () => dayjs().format('YYYY-MM-DD');

/**
 * The caller's obligations (and tasks with a due date) on a month or week grid, with the list's
 * filter; an item opens to be marked done.
 */
export function ObligationsCalendar({ mode, onModeChange, filter, showTasks }: { mode: CalendarMode; onModeChange: (mode: CalendarMode) => void; filter: ObligationFilter; showTasks: boolean }) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const [anchor, setAnchor] = useState(today);
  const [openId, setOpenId] = useState<string | null>(null);
  const range = visibleRange(mode, anchor);
  const { data, error, loading, refetch } = useQuery(MyObligationCalendarQueryDocument, { variables: { ...range, filter }, fetchPolicy: 'cache-and-network' });
  const tasks = useQuery(MyCalendarTasksQueryDocument, { skip: !showTasks, fetchPolicy: 'cache-and-network' });
  const rows = (data?.myObligationCalendar ?? []).map((item) => readFragment(ObligationRowFragmentDoc, item));
  const obligationsByDay = byDay(rows);
  const tasksByDay = byDay((tasks.data?.myTasks ?? []).filter((task) => task.status !== 'DONE' && task.dueDate && task.dueDate >= range.from && task.dueDate <= range.to));
  const weeks = mode === 'month' ? monthWeeks(anchor) : [weekDays(anchor)];
  const locale = i18n.language === 'en' ? 'en' : 'ru';
  const title = mode === 'month'
    ? dateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(`${anchor.slice(0, 7)}-15T12:00:00`))
    : `${formatDay(range.from)} — ${formatDay(range.to)}`;
  const weekdayNames = WEEKDAYS.map((i) => dateTimeFormat(locale, { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1 + i, 12))));
  const open = rows.find((row) => row.id === openId) ?? null;

  return (
    <Stack gap="xs" data-testid="obligations-calendar" data-mode={mode} data-from={range.from} data-to={range.to}>
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label={t('clients.calendar.previous')} onClick={() => setAnchor(shiftAnchor(mode, anchor, -1))} data-testid="calendar-previous">‹</ActionIcon>
          <Button variant="default" size="xs" onClick={() => setAnchor(today)}>{t('clients.calendar.today')}</Button>
          <ActionIcon variant="default" aria-label={t('clients.calendar.next')} onClick={() => setAnchor(shiftAnchor(mode, anchor, 1))} data-testid="calendar-next">›</ActionIcon>
          <Title order={4} tt="capitalize" data-testid="calendar-title">{title}</Title>
          {loading && <Loader size="xs" />}
        </Group>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(value) => onModeChange(value as CalendarMode)}
          data={[{ value: 'month', label: t('clients.calendar.month') }, { value: 'week', label: t('clients.calendar.week') }]}
        />
      </Group>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {weekdayNames.map((name) => <Text key={name} size="xs" c="dimmed" ta="center">{name}</Text>)}
        {weeks.flat().map((day) => {
          const items = obligationsByDay.get(day) ?? [];
          const dayTasks = tasksByDay.get(day) ?? [];
          const dimmed = mode === 'month' && !inMonth(day, anchor);
          return (
            <Box
              key={day}
              data-testid={`calendar-day-${day}`}
              p={4}
              mih={mode === 'month' ? 96 : 240}
              style={{
                border: `1px solid var(--mantine-color-${day === today ? 'blue-5' : 'gray-3'})`,
                borderRadius: 6,
                opacity: dimmed ? 0.55 : 1,
              }}
            >
              <Text size="xs" fw={day === today ? 700 : 400} c={day === today ? 'blue' : undefined}>{Number(day.slice(8))}</Text>
              <Stack gap={2}>
                {items.slice(0, mode === 'month' ? 4 : 20).map((row) => <ObligationChip key={row.id} row={row} onOpen={() => setOpenId(row.id)} />)}
                {mode === 'month' && items.length > 4 && (
                  <Anchor size="xs" component="button" onClick={() => { setAnchor(day); onModeChange('week'); }}>{t('clients.calendar.more', { count: items.length - 4 })}</Anchor>
                )}
                {dayTasks.map((task) => <TaskChip key={task.id} task={task} />)}
              </Stack>
            </Box>
          );
        })}
      </SimpleGrid>
      {data && !rows.length && <Text size="sm" c="dimmed">{t('clients.calendar.empty')}</Text>}
      <CalendarObligationDialog
        row={open}
        onClose={() => setOpenId(null)}
        onChanged={() => {
          setOpenId(null);
          void refetch();
        }}
      />
    </Stack>
  );
}
