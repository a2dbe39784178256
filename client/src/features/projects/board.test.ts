import { describe, expect, it } from 'vitest';
import { TaskStatus } from '../../gql/graphql';
import { applyTaskEvent, dropTarget, initials, isNoOp, newestEvent, positionAt, toColumns, type Placed } from './board';

const task = (id: string, status: TaskStatus, position: string, deletedAt: string | null = null): Placed => ({
  id,
  status,
  position,
  deletedAt,
});

const tasks = [
  task('a', TaskStatus.Todo, 'a0'),
  task('b', TaskStatus.Todo, 'a1'),
  task('c', TaskStatus.Todo, 'a1V'),
  task('d', TaskStatus.InProgress, 'a0'),
  task('x', TaskStatus.Done, 'Zz', '2026-01-01T00:00:00Z'),
];

describe('the board', () => {
  it('groups live tasks into columns sorted by position', () => {
    const columns = toColumns([...tasks].reverse());
    expect(columns.TODO.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(columns.IN_PROGRESS.map((t) => t.id)).toEqual(['d']);
    expect(columns.DONE).toEqual([]);
    expect(columns.CANCELLED).toEqual([]);
  });

  it('sorts keys by code unit, not by locale (upper case before lower case)', () => {
    const column = toColumns([task('lower', TaskStatus.Todo, 'a0'), task('upper', TaskStatus.Todo, 'Zz'), task('digit', TaskStatus.Todo, 'a0V')]);
    expect(column.TODO.map((t) => t.id)).toEqual(['upper', 'lower', 'digit']);
  });

  it('places a task between its new neighbours as the server does', () => {
    const column = [task('a', TaskStatus.Todo, 'a0'), task('b', TaskStatus.Todo, 'a1')];
    expect(positionAt(column, 0)).toBe('Zz');
    expect(positionAt(column, 1)).toBe('a0V');
    expect(positionAt(column, 2)).toBe('a2');
    expect(positionAt(column, 99)).toBe('a2');
    expect(positionAt([], 0)).toBe('a0');
    // equal keys (two concurrent creates) leave no room between them: below both
    expect(positionAt([...column, task('c', TaskStatus.Todo, 'a1')], 2)).toBe('a2');
  });

  it('keeps 200 moves between the same two neighbours in order', () => {
    const top = task('a', TaskStatus.Todo, 'a0');
    let below = task('b', TaskStatus.Todo, 'a1');
    for (let i = 0; i < 200; i++) {
      const moved = task(`m${i}`, TaskStatus.Todo, positionAt([top, below], 1));
      expect(moved.position > top.position && moved.position < below.position).toBe(true);
      below = moved;
    }
  });

  it('drops on a column at its bottom', () => {
    const columns = toColumns(tasks);
    expect(dropTarget(columns, 'a', TaskStatus.InProgress)).toEqual({ status: TaskStatus.InProgress, index: 1 });
    expect(dropTarget(columns, 'a', TaskStatus.Review)).toEqual({ status: TaskStatus.Review, index: 0 });
    expect(dropTarget(columns, 'a', TaskStatus.Todo)).toEqual({ status: TaskStatus.Todo, index: 2 });
  });

  it('drops on a card of the same column in that card’s place', () => {
    const columns = toColumns(tasks);
    expect(dropTarget(columns, 'a', 'c')).toEqual({ status: TaskStatus.Todo, index: 2 });
    expect(dropTarget(columns, 'c', 'a')).toEqual({ status: TaskStatus.Todo, index: 0 });
    expect(isNoOp(columns, columns.TODO[1]!, { status: TaskStatus.Todo, index: 1 })).toBe(true);
    expect(isNoOp(columns, columns.TODO[1]!, { status: TaskStatus.Todo, index: 0 })).toBe(false);
  });

  it('drops on a card of another column above or below it', () => {
    const columns = toColumns(tasks);
    expect(dropTarget(columns, 'd', 'b')).toEqual({ status: TaskStatus.Todo, index: 1 });
    expect(dropTarget(columns, 'd', 'b', true)).toEqual({ status: TaskStatus.Todo, index: 2 });
    expect(dropTarget(columns, 'zzz', 'b')).toBeNull();
  });

  it('applies live events: create, update, delete', () => {
    const idOf = (t: Placed) => t.id;
    const created = applyTaskEvent(tasks, idOf, { id: 'e' }, task('e', TaskStatus.Review, 'a0'));
    expect(created.map((t) => t.id)).toContain('e');
    const moved = applyTaskEvent(created, idOf, { id: 'e' }, task('e', TaskStatus.Done, 'a0'));
    expect(moved.find((t) => t.id === 'e')?.status).toBe(TaskStatus.Done);
    expect(moved).toHaveLength(created.length);
    const gone = task('e', TaskStatus.Done, 'a0', '2026-02-01T00:00:00Z');
    const deleted = applyTaskEvent(moved, idOf, gone, gone);
    expect(deleted.map((t) => t.id)).not.toContain('e');
    expect(applyTaskEvent(deleted, idOf, gone, gone)).toBe(deleted);
  });

  it('keeps a list of cache references as it is when a known task changes', () => {
    const refs = [{ __ref: 'Task:a' }, { __ref: 'Task:b' }];
    const idOf = (ref: { __ref: string }) => ref.__ref.slice(5);
    expect(applyTaskEvent(refs, idOf, { id: 'a' }, refs[0]!)).toBe(refs);
    expect(applyTaskEvent(refs, idOf, { id: 'c' }, { __ref: 'Task:c' })).toHaveLength(3);
  });

  it('makes initials for avatars', () => {
    expect(initials('Анна Петрова')).toBe('АП');
    expect(initials('  иван  ')).toBe('И');
    expect(initials('Мария Ивановна Сидорова')).toBe('МИ');
    expect(initials(null)).toBe('');
  });

  it('resumes after the newest event, by its number in the log (ids are opaque)', () => {
    expect(newestEvent(null, { id: 'g', seq: 7 })).toEqual({ id: 'g', seq: 7 });
    expect(newestEvent({ id: 'z', seq: 9 }, { id: 'a', seq: 10 })).toEqual({ id: 'a', seq: 10 });
    expect(newestEvent({ id: 'a', seq: 10 }, { id: 'z', seq: 9 })).toEqual({ id: 'a', seq: 10 });
  });
});
