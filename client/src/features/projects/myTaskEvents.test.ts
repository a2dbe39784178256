import { describe, expect, it } from 'vitest';
import { TaskEventType } from '../../gql/graphql';
import { changesMyTasks } from './myTaskEvents';

const me = 'u-me';
const mine = { assignee: { id: me } };
const theirs = { assignee: { id: 'u-other' } };

describe('which live task changes reload «Мои задачи»', () => {
  it('a task given to me, or created for me, joins the list', () => {
    expect(changesMyTasks({ type: TaskEventType.Updated, taskId: 't1', task: mine }, me, new Set())).toBe(true);
    expect(changesMyTasks({ type: TaskEventType.Created, taskId: 't1', task: mine }, me, new Set())).toBe(true);
  });

  it('a task taken from me or deleted leaves it', () => {
    expect(changesMyTasks({ type: TaskEventType.Updated, taskId: 't1', task: theirs }, me, new Set(['t1']))).toBe(true);
    expect(changesMyTasks({ type: TaskEventType.Updated, taskId: 't1', task: { assignee: null } }, me, new Set(['t1']))).toBe(true);
    expect(changesMyTasks({ type: TaskEventType.Deleted, taskId: 't1', task: { ...mine, deletedAt: '2026-12-01T10:00:00Z' } }, me, new Set(['t1']))).toBe(true);
  });

  it('a status change or move of my task may close it; comments and others’ tasks change nothing', () => {
    expect(changesMyTasks({ type: TaskEventType.StatusChanged, taskId: 't1', task: mine }, me, new Set(['t1']))).toBe(true);
    expect(changesMyTasks({ type: TaskEventType.Moved, taskId: 't1', task: mine }, me, new Set(['t1']))).toBe(true);
    expect(changesMyTasks({ type: TaskEventType.Commented, taskId: 't1', task: mine }, me, new Set(['t1']))).toBe(false);
    expect(changesMyTasks({ type: TaskEventType.Updated, taskId: 't1', task: mine }, me, new Set(['t1']))).toBe(false);
    expect(changesMyTasks({ type: TaskEventType.StatusChanged, taskId: 't2', task: theirs }, me, new Set(['t1']))).toBe(false);
  });
});
