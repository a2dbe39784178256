import { describe, expect, it } from 'vitest';
import { mergeNewestFirst } from './mergeEntries';

const entry = (seq: number, label = String(seq)) => ({ id: `entry-${seq}`, seq, label });

describe('merging live audit entries into the loaded log', () => {
  it('prepends new entries and drops ones already shown', () => {
    const loaded = [entry(12), entry(11), entry(9)];
    const live = [entry(13), entry(12, 'replayed')];
    expect(mergeNewestFirst(live, loaded).map((e) => e.seq)).toEqual([13, 12, 11, 9]);
  });

  it('keeps the first copy of a duplicate', () => {
    expect(mergeNewestFirst([entry(5, 'live')], [entry(5, 'loaded')])).toEqual([entry(5, 'live')]);
  });

  it('orders by the number in the log, not by the opaque id', () => {
    const opaque = [{ id: 'b', seq: 9 }, { id: 'a', seq: 10 }, { id: 'c', seq: 100 }];
    expect(mergeNewestFirst(opaque).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
