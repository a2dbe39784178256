import { Button, Group, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadStage } from '../../gql/graphql';
import { STAGES } from './leadEnums';
import { LeadStageBadge } from './LeadStageBadge';
import { LostReasonDialog } from './LostReasonDialog';
import { useMoveLeadStage, type MovableLead } from './useMoveLeadStage';

interface LeadStageControlProps {
  lead: MovableLead & { lostReason?: { name: string } | null };
  lostReasons: readonly { id: string; name: string; archived: boolean }[];
  editable: boolean;
  /** Called with the lead's new version after a move */
  onMoved: (version: number) => void;
}

/** The card's stage badge with a menu to move the lead along the pipeline (LOST asks for a reason). */
export function LeadStageControl({ lead, lostReasons, editable, onMoved }: LeadStageControlProps) {
  const { t } = useTranslation();
  const [moveLeadStage, { loading }] = useMoveLeadStage();
  const [askReason, setAskReason] = useState(false);

  const move = async (stage: LeadStage, reason?: { id: string; name: string }) => {
    const moved = await moveLeadStage(lead, stage, reason);
    if (moved) onMoved(moved.version);
  };

  return (
    <Group gap="sm">
      <Text size="sm" c="dimmed">
        {t('leads.card.stage')}
      </Text>
      <LeadStageBadge stage={lead.stage} size="lg" data-testid="lead-stage" />
      {lead.stage === LeadStage.Lost && lead.lostReason && (
        <Text size="sm" c="dimmed" data-testid="lead-lost-reason">
          {t('leads.card.lostReason', { reason: lead.lostReason.name })}
        </Text>
      )}
      {editable && (
        <Menu position="bottom-start">
          <Menu.Target>
            <Button variant="light" size="xs" loading={loading} data-testid="lead-stage-menu">
              ▾
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {STAGES.filter((stage) => stage !== lead.stage).map((stage) => (
              <Menu.Item
                key={stage}
                data-testid={`lead-stage-${stage}`}
                onClick={() => (stage === LeadStage.Lost ? setAskReason(true) : void move(stage))}
              >
                {t(`leads.stages.${stage}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      <LostReasonDialog
        opened={askReason}
        reasons={lostReasons}
        onClose={() => setAskReason(false)}
        onConfirm={(reason) => {
          setAskReason(false);
          void move(LeadStage.Lost, reason);
        }}
      />
    </Group>
  );
}
