import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeTaskChanges } from './taskHistory';

// a stand-in translator: keys with their options, so the test sees what was asked for
const t = ((key: string, options?: Record<string, unknown>) => {
  if (key === 'common.none') return '—';
  if (options && 'count' in options) return `${key}(${String(options.count)})`;
  return key.split('.').pop();
}) as unknown as TFunction;

const names = new Map([['u1', 'Анна Петрова']]);

describe('task history', () => {
  it('translates status transitions and hides the position', () => {
    const lines = describeTaskChanges(
      { taskId: 'x', changes: { status: { from: 'TODO', to: 'DONE' }, position: { from: 1, to: 2 } } },
      t,
      names,
      'ru',
    );
    expect(lines).toEqual([{ key: 'status', text: 'status: TODO → DONE' }]);
  });

  it('names the assignee and shows an empty side as a dash', () => {
    const lines = describeTaskChanges({ changes: { assignee: { from: null, to: 'u1' } } }, t, names, 'ru');
    expect(lines[0]?.text).toBe('assignee: — → Анна Петрова');
  });

  it('counts checklist items and formats due dates', () => {
    const lines = describeTaskChanges(
      { changes: { checklist: { from: [], to: [{ id: 'a' }, { id: 'b' }] }, dueDate: { from: null, to: '2026-03-05' } } },
      t,
      names,
      'ru',
    );
    expect(lines[0]?.text).toBe('checklist: projects.task.checklistItems(0) → projects.task.checklistItems(2)');
    expect(lines[1]?.text).toBe('dueDate: — → 05.03.2026');
  });

  it('has nothing to say about entries without changes', () => {
    expect(describeTaskChanges({ title: 'x' }, t, names, 'ru')).toEqual([]);
    expect(describeTaskChanges(null, t, names, 'ru')).toEqual([]);
  });
});
