import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../gql/graphql';
import { STAGE_COLORS } from './leadEnums';

export function LeadStageBadge({ stage, ...props }: { stage: LeadStage } & BadgeProps & { 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light" data-stage={stage} {...props}>
      {t(`leads.stages.${stage}`)}
    </Badge>
  );
}
