import { Anchor, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ObligationControlPageQueryQuery } from '../../gql/graphql';
import { formatDay } from '../../kernel/i18n/format';

type Task = ObligationControlPageQueryQuery['obligationControl']['tasks'][number];

/** The tasks overdue or due this week, each linking to its project. */
export function ControlTasksTable({ tasks }: { tasks: readonly Task[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={4}>{t('clients.control.tasks')}</Title>
      <Table data-testid="control-tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.obligations.columns.due')}</Table.Th>
            <Table.Th>{t('clients.control.columns.task')}</Table.Th>
            <Table.Th>{t('clients.control.columns.project')}</Table.Th>
            <Table.Th>{t('clients.obligations.columns.owner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id} bg={task.overdue ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Td>{task.dueDate ? formatDay(task.dueDate) : '—'}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/projects/${task.project.id}?task=${task.id}`} size="sm">{task.title}</Anchor>
              </Table.Td>
              <Table.Td>{task.project.name}</Table.Td>
              <Table.Td>{task.assignee?.name ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
