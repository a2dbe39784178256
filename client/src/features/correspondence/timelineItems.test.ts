import { describe, expect, it } from 'vitest';
import type { LeadTimelineQueryQuery } from '../../gql/graphql';
import { withLiveItem } from './timelineItems';

const node = (id: string, at: string) => ({ __typename: 'TimelineItem', id, kind: 'NOTE', at, entry: null, followUp: null, change: null }) as never;
const page = (ids: [string, string][], hasNextPage = false) =>
  ({
    __typename: 'Query',
    users: [],
    timeline: { __typename: 'TimelineConnection', edges: ids.map(([id, at]) => ({ __typename: 'TimelineEdge', cursor: id, node: node(id, at) })), pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: 'c' } },
  }) as unknown as LeadTimelineQueryQuery;
const ids = (timeline: LeadTimelineQueryQuery) => timeline.timeline.edges.map((e) => (e.node as unknown as { id: string }).id);

describe('a live item on a loaded timeline', () => {
  const loaded = page([['b', '2026-12-03T10:00:00Z'], ['a', '2026-12-01T10:00:00Z']]);
  it.each([
    ['newest goes on top', node('c', '2026-12-04T10:00:00Z'), ['c', 'b', 'a']],
    ['logged for earlier goes in its place', node('c', '2026-12-02T10:00:00Z'), ['b', 'c', 'a']],
    ['oldest of a complete list goes last', node('c', '2026-11-01T10:00:00Z'), ['b', 'a', 'c']],
    ['one already shown stays once', node('b', '2026-12-03T10:00:00Z'), ['b', 'a']],
  ])('%s', (_, item, expected) => {
    expect(ids(withLiveItem(loaded, { item }))).toEqual(expected);
  });

  it('leaves one older than every loaded item to paging when more pages remain', () => {
    const partial = page([['b', '2026-12-03T10:00:00Z']], true);
    expect(ids(withLiveItem(partial, { item: node('c', '2026-11-01T10:00:00Z') }))).toEqual(['b']);
  });
});
