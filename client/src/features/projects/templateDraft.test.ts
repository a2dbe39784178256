import { describe, expect, it } from 'vitest';
import { Department, Role } from '../../gql/graphql';
import { emptyTask, nextKey, removeTask, renameKey, templateInput, templateProblems, type TemplateDraft } from './templateDraft';

const draft = (): TemplateDraft => ({
  name: 'Приём нового клиента',
  description: '',
  archived: false,
  isDefault: false,
  tasks: [
    { ...emptyTask([]), key: 'contract', title: 'Договор', department: Department.Contracts, assigneeRole: Role.Head },
    { ...emptyTask([]), key: 'acceptance', title: 'Приём', assigneeRole: Role.Coordinator, dependsOn: ['contract'] },
  ],
});

describe('the template editor', () => {
  it('finds a free key for a new task', () => {
    expect(nextKey([])).toBe('task1');
    expect(nextKey([{ ...emptyTask([]), key: 'task2' }])).toBe('task3');
  });

  it('keeps dependencies when a key is renamed and drops them with the task', () => {
    const renamed = renameKey(draft().tasks, 0, 'agreement');
    expect(renamed[1]?.dependsOn).toEqual(['agreement']);
    expect(removeTask(renamed, 0)[0]?.dependsOn).toEqual([]);
  });

  it('reports what the server would refuse', () => {
    const bad = draft();
    bad.name = ' ';
    bad.tasks[1] = { ...bad.tasks[1]!, key: 'contract', title: '' };
    bad.tasks.push({ ...emptyTask(bad.tasks), title: 'Зарплата', assigneeRole: Role.Accountant });
    expect(templateProblems(bad).map((p) => `${p.path}:${p.message}`)).toEqual([
      'name:nameRequired',
      'tasks.1.key:keyDuplicate',
      'tasks.1.title:titleRequired',
      'tasks.2.department:departmentRequired',
    ]);
    expect(templateProblems(draft())).toEqual([]);
  });

  it('sends trimmed values and only known dependencies', () => {
    const value = draft();
    value.tasks[1]!.dependsOn = ['contract', 'gone', 'acceptance'];
    const input = templateInput(value);
    expect(input.tasks[1]?.dependsOn).toEqual(['contract']);
    expect(input.description).toBeNull();
  });
});
