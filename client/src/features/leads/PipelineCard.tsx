import { useDraggable } from '@dnd-kit/core';
import { Card, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { PipelineCard_LeadFragmentDoc } from '../../gql/graphql';
import { personName } from './LeadsTableRow';
import type { MovableLead } from './useMoveLeadStage';

interface PipelineCardProps {
  lead: FragmentType<typeof PipelineCard_LeadFragmentDoc>;
  movable: MovableLead;
  draggable: boolean;
}

export function PipelineCardView({ lead: leadRef, dragging }: { lead: PipelineCardProps['lead']; dragging?: boolean }) {
  const lead = readFragment(PipelineCard_LeadFragmentDoc, leadRef);
  return (
    <Card withBorder padding="xs" shadow={dragging ? 'md' : undefined}>
      <Text size="sm" fw={600} lineClamp={2}>
        {lead.companyName}
      </Text>
      <Text size="xs">{personName(lead)}</Text>
      {lead.owner && (
        <Text size="xs" c="dimmed">
          {lead.owner.name}
        </Text>
      )}
    </Card>
  );
}

export function PipelineCard({ lead, movable, draggable }: PipelineCardProps) {
  const navigate = useNavigate();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: movable.id,
    data: { lead: movable },
    disabled: !draggable,
  });

  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      data-testid="pipeline-card"
      data-lead-id={movable.id}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: draggable ? 'grab' : 'pointer', touchAction: 'none' }}
      // the pointer sensor needs a few pixels of movement to start a drag, so a click still opens the card
      onClick={() => void navigate(`/leads/${movable.id}`)}
    >
      <PipelineCardView lead={lead} />
    </div>
  );
}
