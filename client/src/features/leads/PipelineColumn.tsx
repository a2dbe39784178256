import { useQuery } from '@apollo/client/react';
import { useDroppable } from '@dnd-kit/core';
import { Alert, Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { PipelineColumnQueryDocument, type LeadStage } from '../../gql/graphql';
import { PIPELINE_COLUMN_SIZE, STAGE_COLORS } from './leadEnums';
import { PipelineCard } from './PipelineCard';

export function PipelineColumn({ stage, draggable }: { stage: LeadStage; draggable: boolean }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const { data, loading, error } = useQuery(PipelineColumnQueryDocument, {
    variables: { stage, first: PIPELINE_COLUMN_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const leads = data?.leads;

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      miw={170}
      bg={isOver ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-gray-light)'}
      data-testid={`pipeline-column-${stage}`}
      data-stage={stage}
      // six stages share the width: all of them fit at 1366 px, narrower screens scroll sideways
      style={{ flex: '1 0 170px', minHeight: 400 }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start" preventGrowOverflow={false}>
          <Text fw={600} size="sm" c={STAGE_COLORS[stage]}>
            {t(`leads.stages.${stage}`)}
          </Text>
          <Badge variant="light" color={STAGE_COLORS[stage]} style={{ flexShrink: 0 }} data-testid="pipeline-column-count">
            {leads?.totalCount ?? '…'}
          </Badge>
        </Group>
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
        {loading && !leads && <Loader size="sm" />}
        {leads?.edges.map(({ node }) => (
          <PipelineCard
            key={node.id}
            lead={node}
            movable={{ id: node.id, version: node.version, stage: node.stage, companyName: node.companyName }}
            draggable={draggable}
          />
        ))}
        {leads && leads.edges.length === 0 && (
          <Text size="xs" c="dimmed" ta="center">
            {t('leads.pipeline.empty')}
          </Text>
        )}
        {leads && leads.totalCount > leads.edges.length && (
          <Text size="xs" c="dimmed" ta="center">
            {t('leads.pipeline.more', { shown: leads.edges.length, total: leads.totalCount })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
