import { describe, expect, it } from 'vitest';
import { LeadStage } from '../../gql/graphql';
import { moveCard, type Board } from './pipelineBoard';

type Edge = { cursor: string; node: { id: string; stage: LeadStage } };
const edge = (id: string, stage: LeadStage): Edge => ({ cursor: id, node: { id, stage } });

const board: Board<Edge> = {
  NEW: { totalCount: 2, edges: [edge('a', LeadStage.New), edge('b', LeadStage.New)] },
  PRICED: { totalCount: 1, edges: [edge('c', LeadStage.Priced)] },
  LOST: { totalCount: 0, edges: [] },
};

describe('moving a card on the pipeline board', () => {
  it('takes the card out of its column and puts it first in the target, with the counts', () => {
    const next = moveCard(board, 'b', LeadStage.Priced, (e) => ({ ...e, node: { ...e.node, stage: LeadStage.Priced } }));
    expect(next.NEW).toEqual({ totalCount: 1, edges: [edge('a', LeadStage.New)] });
    expect(next.PRICED).toEqual({ totalCount: 2, edges: [edge('b', LeadStage.Priced), edge('c', LeadStage.Priced)] });
    expect(next.LOST).toBe(board.LOST);
  });

  it('leaves the board alone when the card is already there or not loaded', () => {
    expect(moveCard(board, 'c', LeadStage.Priced)).toBe(board);
    expect(moveCard(board, 'zzz', LeadStage.Lost)).toBe(board);
  });

  it('still removes the card when the target column is not loaded', () => {
    const next = moveCard(board, 'a', LeadStage.Won);
    expect(next.NEW?.edges.map((e) => e.node.id)).toEqual(['b']);
    expect(next.WON).toBeUndefined();
  });
});
