import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';

// Tuesday 1 December 2026: 20:30 UTC is 23:30 in Moscow, 21:30 UTC is 00:30 on Wednesday there
const MOSCOW_2330 = '2026-12-01T20:30:00Z';
const MOSCOW_0030 = '2026-12-01T21:30:00Z';

const CREATE_PROJECT = graphql(`mutation FirmDayCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id startDate tasks { title dueDate } } }`);
const CREATE_TASK = graphql(`mutation FirmDayCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }`);
const MY_TASKS = graphql(`query FirmDayMyTasks { myTasks { title dueDate overdue } }`);
const SET_ZONE = graphql(`mutation FirmDayUpdateFirmSettings($timeZone: String!) { updateFirmSettings(input: { timeZone: $timeZone }) { timeZone } }`);

const clock = new TestClock(MOSCOW_2330);
let app: App;
let moscow: SignedUpFirm;

/** A project of the firm without a start date, with the given tasks assigned to its owner. */
async function projectWithTasks(firm: SignedUpFirm, tasks: { title: string; dueDate: string | null }[]) {
  const project = (await ok(app, CREATE_PROJECT, { input: { name: 'Приём клиента' } }, firm.token)).createProject;
  for (const task of tasks) {
    await ok(app, CREATE_TASK, { input: { projectId: project.id, title: task.title, dueDate: task.dueDate, assigneeId: firm.userId } }, firm.token);
  }
  return project;
}

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  moscow = await signUpFirm(app, 'ООО «Москва»');
  clock.set(MOSCOW_2330);
  await projectWithTasks(moscow, [
    { title: 'Без срока', dueDate: null },
    { title: 'Завтра', dueDate: '2026-12-02' },
    { title: 'Сегодня', dueDate: '2026-12-01' },
    { title: 'Вчера', dueDate: '2026-11-30' },
  ]);
});

describe("the firm's day on Moscow time", () => {
  it('at 23:30 a task due today is not yet overdue, and my tasks rank by that', async () => {
    clock.set(MOSCOW_2330);
    expect((await ok(app, MY_TASKS, {}, moscow.token)).myTasks).toEqual([
      { title: 'Вчера', dueDate: '2026-11-30', overdue: true },
      { title: 'Сегодня', dueDate: '2026-12-01', overdue: false },
      { title: 'Завтра', dueDate: '2026-12-02', overdue: false },
      { title: 'Без срока', dueDate: null, overdue: false },
    ]);
  });

  it('at 00:30 the task due the day before is overdue, although UTC is still on that day', async () => {
    clock.set(MOSCOW_0030);
    expect(clock.now().toISOString().slice(0, 10)).toBe('2026-12-01');
    expect((await ok(app, MY_TASKS, {}, moscow.token)).myTasks).toEqual([
      { title: 'Вчера', dueDate: '2026-11-30', overdue: true },
      { title: 'Сегодня', dueDate: '2026-12-01', overdue: true },
      { title: 'Завтра', dueDate: '2026-12-02', overdue: false },
      { title: 'Без срока', dueDate: null, overdue: false },
    ]);
  });

  it('at 00:30 a project without a start date starts on the Moscow date, its template tasks due in working days from it', async () => {
    clock.set(MOSCOW_0030);
    const templateId = (await ok(app, graphql(`query FirmDayProjectTemplates { projectTemplates { id } }`), {}, moscow.token)).projectTemplates[0].id;
    const project = (await ok(app, CREATE_PROJECT, { input: { name: 'Шаблон', templateId } }, moscow.token)).createProject;
    expect(project.startDate).toBe('2026-12-02');
    expect((await ok(app, graphql(`query FirmDayMe { me { firm { today } } }`), {}, moscow.token)).me.firm.today).toBe('2026-12-02');
    const due = Object.fromEntries(project.tasks.map((t) => [t.title, t.dueDate]));
    // Wednesday 2 December: +2 working days is Friday, +3 goes over the weekend to Monday
    expect(due['Подготовить договор и комплект доверенностей']).toBe('2026-12-04');
    expect(due['Принять базу 1С']).toBe('2026-12-07');
    expect(due['Настроить расчёт зарплаты']).toBe('2026-12-09');
    expect(due['Итоговая встреча и приём на обслуживание']).toBe('2026-12-16');
  });

  it('at 23:30 a project without a start date starts the same day', async () => {
    clock.set(MOSCOW_2330);
    expect((await ok(app, CREATE_PROJECT, { input: { name: 'Поздно вечером' } }, moscow.token)).createProject.startDate).toBe('2026-12-01');
  });
});

describe('a firm in Vladivostok', () => {
  it('is on the next day at 15:30 UTC while Moscow is not, from the moment the owner sets the zone', async () => {
    const vladivostok = await signUpFirm(app, 'ООО «Приморье»');
    clock.set('2026-12-01T15:30:00Z');
    await projectWithTasks(vladivostok, [{ title: 'Сегодня по Москве', dueDate: '2026-12-01' }]);
    // the owner's sign-in is cached by now: changing the zone must reach it at once
    expect((await ok(app, MY_TASKS, {}, vladivostok.token)).myTasks).toEqual([{ title: 'Сегодня по Москве', dueDate: '2026-12-01', overdue: false }]);
    expect((await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, vladivostok.token)).updateFirmSettings).toEqual({ timeZone: 'Asia/Vladivostok' });

    expect((await ok(app, MY_TASKS, {}, vladivostok.token)).myTasks).toEqual([{ title: 'Сегодня по Москве', dueDate: '2026-12-01', overdue: true }]);
    expect((await ok(app, CREATE_PROJECT, { input: { name: 'Утро во Владивостоке' } }, vladivostok.token)).createProject.startDate).toBe('2026-12-02');
    // 18:30 in Moscow: the Moscow firm's task due today is still on time
    const moscowToday = (await ok(app, MY_TASKS, {}, moscow.token)).myTasks.find((t) => t.title === 'Сегодня');
    expect(moscowToday?.overdue).toBe(false);
  });
});
