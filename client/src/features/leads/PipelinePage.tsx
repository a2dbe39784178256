import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { LeadStage, PipelinePageLeadCountDocument } from '../../gql/graphql';
import { STAGES } from './leadEnums';
import { LostReasonDialog } from './LostReasonDialog';
import { PipelineColumn } from './PipelineColumn';
import { useLeadOptions } from './useLeadOptions';
import { useMoveLeadStage, type MovableLead } from './useMoveLeadStage';

const isStage = (value: unknown): value is LeadStage => STAGES.some((stage) => stage === value);

export function PipelinePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const editor = me.can.editLeads;
  const { data: count } = useQuery(PipelinePageLeadCountDocument, { fetchPolicy: 'cache-and-network' });
  const { lostReasons } = useLeadOptions();
  const [moveLeadStage] = useMoveLeadStage();
  const [dragged, setDragged] = useState<MovableLead | null>(null);
  const [losing, setLosing] = useState<MovableLead | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const handleDragStart = ({ active }: DragStartEvent) => {
    setDragged((active.data.current?.lead as MovableLead | undefined) ?? null);
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const lead = active.data.current?.lead as MovableLead | undefined;
    const stage = over?.id;
    if (!lead || !isStage(stage) || stage === lead.stage) return;
    if (stage === LeadStage.Lost) {
      setLosing(lead);
      return;
    }
    void moveLeadStage(lead, stage);
  };

  return (
    <Stack>
      <Title order={2}>{t('leads.pipeline.title')}</Title>
      {!editor && <Alert color="blue">{t('leads.pipeline.readOnly')}</Alert>}
      {count?.leads.totalCount === 0 && (
        <EmptyState
          title={t('leads.empty.title')}
          description={t(editor ? 'leads.empty.pipelineText' : 'leads.empty.textReadOnly')}
          action={
            editor && (
              <Button component={Link} to="/leads/new">
                {t('leads.table.new')}
              </Button>
            )
          }
        />
      )}
      <DndContext sensors={sensors} onDragStart={handleDragStart} onDragEnd={handleDragEnd} onDragCancel={() => setDragged(null)}>
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="flex-start" wrap="nowrap" gap="sm" data-testid="pipeline-board">
            {STAGES.map((stage) => (
              <PipelineColumn key={stage} stage={stage} draggable={editor} />
            ))}
          </Group>
        </ScrollArea>
        <DragOverlay>
          {dragged && (
            <Card withBorder padding="xs" shadow="md" w={200}>
              <Text size="sm" fw={600}>
                {dragged.companyName}
              </Text>
            </Card>
          )}
        </DragOverlay>
      </DndContext>
      <LostReasonDialog
        opened={losing !== null}
        reasons={lostReasons}
        onClose={() => setLosing(null)}
        onConfirm={(reason) => {
          if (losing) void moveLeadStage(losing, LeadStage.Lost, reason);
          setLosing(null);
        }}
      />
    </Stack>
  );
}
