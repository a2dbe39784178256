import { describe, expect, it } from 'vitest';
import { Department, TaskPriority, TaskStatus } from '../../gql/graphql';
import { changesOf, detailsOf, hasWrites, rebase, writesOf } from './taskDetails';

const task = {
  status: TaskStatus.Todo,
  assignee: { id: 'u1' },
  title: 'Сверка',
  description: null,
  department: Department.Tax,
  priority: TaskPriority.Normal,
  dueDate: '2026-03-10',
  checklist: [{ id: 'c1', text: 'Акт', done: false }],
};

describe('task details form', () => {
  it('holds blanks as empty strings', () => {
    expect(detailsOf(task)).toEqual({
      status: TaskStatus.Todo,
      assigneeId: 'u1',
      title: 'Сверка',
      description: '',
      department: Department.Tax,
      priority: TaskPriority.Normal,
      dueDate: '2026-03-10',
      checklist: [{ id: 'c1', text: 'Акт', done: false }],
    });
  });

  it('sends only what changed, a cleared due date and the whole checklist when it changed', () => {
    const base = detailsOf(task);
    expect(changesOf(base, base)).toEqual({});
    expect(changesOf(base, { ...base, title: ' Сверка с ФНС ', dueDate: '' })).toEqual({ title: 'Сверка с ФНС', clearDueDate: true });
    expect(changesOf(base, { ...base, checklist: [{ id: 'c1', text: 'Акт', done: true }, { id: null, text: 'Выписка', done: false }] })).toEqual({
      checklist: [
        { id: 'c1', text: 'Акт', done: true },
        { id: null, text: 'Выписка', done: false },
      ],
    });
  });

  it('saves the status and the assignee with the fields, only when they changed', () => {
    const base = detailsOf(task);
    expect(writesOf(base, base)).toEqual({ update: {} });
    expect(hasWrites(writesOf(base, base))).toBe(false);
    const writes = writesOf(base, { ...base, status: TaskStatus.Review, assigneeId: null, priority: TaskPriority.High });
    expect(writes).toEqual({ update: { priority: TaskPriority.High }, assigneeId: null, status: TaskStatus.Review });
    expect(hasWrites(writesOf(base, { ...base, assigneeId: 'u2' }))).toBe(true);
    expect(detailsOf({ ...task, assignee: null }).assigneeId).toBeNull();
  });

  it('follows the server for untouched fields and keeps the edited ones', () => {
    const previous = detailsOf(task);
    const next = { ...previous, title: 'Сверка (изменено)', priority: TaskPriority.High };
    const values = { ...previous, description: 'мои заметки' };
    const merged = rebase(previous, next, values);
    expect(merged).toEqual({ ...next, description: 'мои заметки' });
    expect(changesOf(next, merged)).toEqual({ description: 'мои заметки' });
  });
});
