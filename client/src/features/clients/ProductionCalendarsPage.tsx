import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarState, ProductionCalendarsPageQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { CalendarUpload } from './CalendarUpload';
import { PendingDiffs } from './PendingDiffs';

const STATE_COLORS: Record<CalendarState, string> = { PROVISIONAL: 'orange', BUILT_IN: 'gray', LOADED: 'green' };

/**
 * «Производственный календарь»: the calendar each year's schedules are computed by, loading a
 * year's official calendar from a file (checked and summarised first), and the clients whose
 * schedules then change, to review and apply.
 */
export function ProductionCalendarsPage() {
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useQuery(ProductionCalendarsPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [generation, setGeneration] = useState(0);
  const years = data?.productionCalendars ?? [];
  return (
    <Stack>
      <Title order={2}>{t('clients.calendars.title')}</Title>
      <Text size="sm" c="dimmed">{t('clients.calendars.intro')}</Text>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {years.length > 0 && (
        <Table data-testid="production-calendars">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.calendars.year')}</Table.Th>
              <Table.Th>{t('clients.calendars.stateColumn')}</Table.Th>
              <Table.Th>{t('clients.calendars.source')}</Table.Th>
              <Table.Th>{t('clients.calendars.workingDays')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((y) => (
              <Table.Tr key={y.year} data-testid={`calendar-year-${y.year}`} data-state={y.state}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td><Badge variant="light" color={STATE_COLORS[y.state]}>{t(`clients.calendars.state.${y.state}`)}</Badge></Table.Td>
                <Table.Td>
                  <Text size="sm">{y.source}</Text>
                  {y.calendar && (
                    <Text size="xs" c="dimmed">{t('clients.calendars.loadedBy', { name: y.calendar.loadedBy?.name ?? '—', at: formatDateTime(y.calendar.loadedAt, i18n.language) })}</Text>
                  )}
                </Table.Td>
                <Table.Td>{y.workingDays}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {years.length > 0 && (
        <CalendarUpload
          key={generation}
          years={years.map((y) => y.year)}
          onLoaded={() => {
            setGeneration((g) => g + 1);
            void refetch();
          }}
        />
      )}
      <PendingDiffs key={`pending-${generation}`} />
    </Stack>
  );
}
