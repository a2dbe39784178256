import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import {
  MoveLeadStageDocument,
  MoveLeadStageReloadDocument,
  PipelineColumnQueryDocument,
  type LeadStage,
  type PipelineColumnQueryQuery,
} from '../../gql/graphql';
import { PIPELINE_COLUMN_SIZE, STAGES } from './leadEnums';
import { moveCard, type Board } from './pipelineBoard';

export interface MovableLead {
  id: string;
  version: number;
  stage: LeadStage;
  companyName: string;
}

type ColumnEdge = PipelineColumnQueryQuery['leads']['edges'][number];

/**
 * Moves a lead along the pipeline. The board shows the move at once (an optimistic response whose
 * cache update Apollo rolls back if the server refuses); on CONFLICT the lead and the board are
 * reloaded and the user is told that someone else changed it.
 */
export function useMoveLeadStage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [mutate, state] = useMutation(MoveLeadStageDocument);

  const moveLeadStage = async (lead: MovableLead, stage: LeadStage, lostReason?: { id: string; name: string } | null) => {
    try {
      const result = await mutate({
        variables: { id: lead.id, version: lead.version, stage, lostReasonId: lostReason?.id ?? null },
        optimisticResponse: {
          __typename: 'Mutation',
          moveLeadStage: {
            __typename: 'Lead',
            id: lead.id,
            version: lead.version + 1,
            stage,
            updatedAt: new Date().toISOString(),
            lostReason: lostReason ? { __typename: 'LostReason', ...lostReason } : null,
          },
        },
        update(cache, { data }) {
          const moved = data?.moveLeadStage;
          if (!moved) return;
          const board: Board<ColumnEdge> = {};
          for (const column of STAGES) {
            const cached = cache.readQuery({ query: PipelineColumnQueryDocument, variables: { stage: column, first: PIPELINE_COLUMN_SIZE } });
            if (cached) board[column] = cached.leads;
          }
          const next = moveCard(board, moved.id, moved.stage, (edge) => ({
            ...edge,
            node: { ...edge.node, stage: moved.stage, version: moved.version },
          }));
          for (const column of STAGES) {
            const leads = next[column];
            if (!leads || leads === board[column]) continue;
            cache.writeQuery({
              query: PipelineColumnQueryDocument,
              variables: { stage: column, first: PIPELINE_COLUMN_SIZE },
              data: { __typename: 'Query', leads: { ...leads, __typename: 'LeadConnection' } },
            });
          }
        },
      });
      return result.data?.moveLeadStage ?? null;
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        await client
          .query({ query: MoveLeadStageReloadDocument, variables: { id: lead.id }, fetchPolicy: 'network-only' })
          .catch(() => undefined);
        await client.refetchQueries({ include: [PipelineColumnQueryDocument] });
        notifications.show({ color: 'yellow', message: t('leads.pipeline.conflict', { company: lead.companyName }) });
      } else {
        notifications.show({ color: 'red', message: t('leads.pipeline.moveError', { message: errorMessage(error, t) }) });
      }
      return null;
    }
  };

  return [moveLeadStage, state] as const;
}
