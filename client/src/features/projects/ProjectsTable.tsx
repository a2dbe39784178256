import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProjectsPageQueryQuery } from '../../gql/graphql';
import { formatDay } from './format';
import { PROJECT_STATUS_COLORS } from './projectEnums';

type ProjectEdge = ProjectsPageQueryQuery['projects']['edges'][number];

/** The projects as a table; a row opens its project. */
export function ProjectsTable({ edges }: { edges: readonly ProjectEdge[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="projects-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('projects.list.columns.name')}</Table.Th>
            <Table.Th>{t('projects.list.columns.client')}</Table.Th>
            <Table.Th>{t('projects.list.columns.coordinator')}</Table.Th>
            <Table.Th>{t('projects.list.columns.status')}</Table.Th>
            <Table.Th>{t('projects.list.columns.start')}</Table.Th>
            <Table.Th>{t('projects.list.columns.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {edges.map(({ node }) => (
            <Table.Tr
              key={node.id}
              data-testid="project-row"
              data-project-id={node.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(`/projects/${node.id}`)}
            >
              <Table.Td>
                <Anchor component={Link} to={`/projects/${node.id}`} onClick={(event) => event.stopPropagation()}>
                  {node.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{node.lead?.companyName ?? t('common.none')}</Table.Td>
              <Table.Td>{node.coordinator?.name ?? t('common.none')}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={PROJECT_STATUS_COLORS[node.status]}>
                  {t(`projects.statuses.${node.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDay(node.startDate, i18n.language)}</Table.Td>
              <Table.Td>{formatDay(node.dueDate, i18n.language) || t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
