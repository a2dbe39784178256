import { Badge, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../kernel/i18n/format';
import type { LeadSchedulePanelQueryQuery } from '../../gql/graphql';
import { groupByMonth, periodParts } from './scheduleView';

type Item = LeadSchedulePanelQueryQuery['schedulePreview'][number];

/** The previewed schedule as a table for each month, by due date. */
export function ScheduleMonths({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation();
  return groupByMonth(items).map((group) => (
    <Stack key={group.month} gap={4}>
      <Title order={4}>
        {t(`schedule.monthTitles.${Number(group.month.slice(5))}`)} {group.month.slice(0, 4)}
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t('schedule.columns.dueDate')}</Table.Th>
            <Table.Th>{t('schedule.columns.title')}</Table.Th>
            <Table.Th w={190}>{t('schedule.columns.period')}</Table.Th>
            <Table.Th w={110}>{t('schedule.columns.recipient')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.items.map((item) => (
            <ScheduleRow key={item.key} item={item} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  ));
}

function ScheduleRow({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="schedule-item" data-code={item.code}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {formatDay(item.dueDate)}
        </Text>
        {item.nominalDate !== item.dueDate && (
          <Text size="xs" c="dimmed">
            {t('schedule.movedFrom', { date: formatDay(item.nominalDate) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="baseline">
          <Badge size="xs" variant="light" color={item.kind === 'PAYMENT' ? 'green' : item.kind === 'REPORT' ? 'blue' : 'grape'}>
            {t(`schedule.kinds.${item.kind}`)}
          </Badge>
          <Text size="sm">{item.title}</Text>
          {item.provisional && (
            <Badge size="xs" color="yellow" variant="outline">
              {t('schedule.provisional')}
            </Badge>
          )}
          {item.unverified && (
            <Tooltip label={t('schedule.unverifiedHint')} multiline w={280}>
              <Badge size="xs" color="gray" variant="outline" data-testid="schedule-unverified">
                {t('schedule.unverified')}
              </Badge>
            </Tooltip>
          )}
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {item.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{periodText(item.period, t)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`schedule.recipients.${item.recipient}`)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

function periodText(period: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const parts = periodParts(period);
  switch (parts.kind) {
    case 'month':
      return t('schedule.periods.month', { month: t(`schedule.months.${parts.month}`), year: parts.year });
    case 'range':
      return t('schedule.periods.range', { from: formatDay(parts.from), to: formatDay(parts.to) });
    case 'other':
      return parts.text;
    default:
      return t(`schedule.periods.${parts.kind}`, parts);
  }
}
