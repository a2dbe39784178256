import { describe, expect, it } from 'vitest';
import { InfobaseMode, ProjectStatus, TaskEventType, TaskPriority, TaskStatus } from '../../../gql/graphql';
import en from './en.json';
import ru from './ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('project translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('name every status, priority, infobase mode and live event', () => {
    const required = [
      ...Object.values(ProjectStatus).map((value) => `statuses.${value}`),
      ...Object.values(TaskStatus).map((value) => `taskStatuses.${value}`),
      ...Object.values(TaskPriority).map((value) => `priorities.${value}`),
      ...Object.values(InfobaseMode).map((value) => `infobase.modes.${value}`),
      ...Object.values(TaskEventType).map((value) => `board.events.${value}`),
    ];
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(required));
  });

  it('use the agreed Russian column names', () => {
    expect(ru.taskStatuses).toEqual({
      TODO: 'К выполнению',
      IN_PROGRESS: 'В работе',
      WAITING_CLIENT: 'Ждём клиента',
      REVIEW: 'На проверке',
      DONE: 'Готово',
      CANCELLED: 'Отменено',
    });
  });
});
