import { describe, expect, it } from 'vitest';
import { Department, TaskPriority } from '../../gql/graphql';
import { changesOf, detailsOf, rebase } from './taskDetails';

const task = {
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

  it('follows the server for untouched fields and keeps the edited ones', () => {
    const previous = detailsOf(task);
    const next = { ...previous, title: 'Сверка (изменено)', priority: TaskPriority.High };
    const values = { ...previous, description: 'мои заметки' };
    const merged = rebase(previous, next, values);
    expect(merged).toEqual({ ...next, description: 'мои заметки' });
    expect(changesOf(next, merged)).toEqual({ description: 'мои заметки' });
  });
});
