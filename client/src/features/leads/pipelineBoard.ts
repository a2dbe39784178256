import type { LeadStage } from '../../gql/graphql';

export interface BoardColumn<Edge extends { node: { id: string } }> {
  totalCount: number;
  edges: Edge[];
}

export type Board<Edge extends { node: { id: string } }> = Partial<Record<LeadStage, BoardColumn<Edge>>>;

/**
 * The board after a card moved to another stage: the card leaves whichever loaded column holds it
 * and heads the target column (the board lists the most recently changed first). Columns that do
 * not change keep their identity, so only those are written back to the cache.
 */
export function moveCard<Edge extends { node: { id: string } }>(
  board: Board<Edge>,
  leadId: string,
  to: LeadStage,
  replacement?: (edge: Edge) => Edge,
): Board<Edge> {
  const entries = Object.entries(board) as [LeadStage, BoardColumn<Edge>][];
  const found = entries.find(([, column]) => column.edges.some((edge) => edge.node.id === leadId));
  if (!found || found[0] === to) return board;
  const [from, source] = found;
  const edge = source.edges.find((candidate) => candidate.node.id === leadId)!;
  const next: Board<Edge> = {
    ...board,
    [from]: { ...source, totalCount: source.totalCount - 1, edges: source.edges.filter((e) => e !== edge) },
  };
  const target = board[to];
  if (target) {
    next[to] = { ...target, totalCount: target.totalCount + 1, edges: [replacement ? replacement(edge) : edge, ...target.edges] };
  }
  return next;
}
