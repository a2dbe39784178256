import { describe, expect, it } from 'vitest';
import { compareIdsNewestFirst, mergeNewestFirst } from './mergeEntries';

const entry = (id: string, label = id) => ({ id, label });

describe('merging live audit entries into the loaded log', () => {
  it('prepends new entries and drops ones already shown', () => {
    const loaded = [entry('12'), entry('11'), entry('9')];
    const live = [entry('13'), entry('12', 'replayed')];
    expect(mergeNewestFirst(live, loaded).map((e) => e.id)).toEqual(['13', '12', '11', '9']);
  });

  it('keeps the first copy of a duplicate', () => {
    expect(mergeNewestFirst([entry('5', 'live')], [entry('5', 'loaded')])).toEqual([entry('5', 'live')]);
  });

  it('orders ids numerically, not as text', () => {
    expect(mergeNewestFirst([entry('9'), entry('10'), entry('100')]).map((e) => e.id)).toEqual(['100', '10', '9']);
    expect(compareIdsNewestFirst('9007199254740993', '9007199254740992')).toBeLessThan(0);
  });
});
