import { useFragment as readFragment, type FragmentType } from '../../gql';
import { TimelineItem_ItemFragmentDoc, type LeadTimelineQueryQuery } from '../../gql/graphql';

type Edge = LeadTimelineQueryQuery['timeline']['edges'][number];
type Masked = FragmentType<typeof TimelineItem_ItemFragmentDoc>;

const placeOf = (node: Masked) => {
  const item = readFragment(TimelineItem_ItemFragmentDoc, node);
  return { id: item.id, at: Date.parse(item.at) };
};

/**
 * The loaded timeline with a live item in its place (newest first; a contact logged for earlier
 * goes below newer items). An item already shown, or older than every loaded one while more pages
 * remain, is left for paging to bring.
 */
export function withLiveItem(timeline: LeadTimelineQueryQuery, event: { item: Edge['node'] }): LeadTimelineQueryQuery {
  const edges = timeline.timeline.edges;
  const incoming = placeOf(event.item);
  if (edges.some((edge) => placeOf(edge.node).id === incoming.id)) return timeline;
  const index = edges.findIndex((edge) => placeOf(edge.node).at < incoming.at);
  if (index === -1 && timeline.timeline.pageInfo.hasNextPage) return timeline;
  const at = index === -1 ? edges.length : index;
  const edge: Edge = { __typename: 'TimelineEdge', cursor: '', node: event.item };
  return { ...timeline, timeline: { ...timeline.timeline, edges: [...edges.slice(0, at), edge, ...edges.slice(at)] } };
}
