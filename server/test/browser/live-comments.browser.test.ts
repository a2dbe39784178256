import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addMember, ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const TEMPLATES = graphql(`query LiveCommentsTemplates { projectTemplates { id } }`);
const CREATE_PROJECT = graphql(`mutation LiveCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id version } } }`);
const ASSIGN = graphql(`mutation LiveCommentsAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { version } }`);

const card = (page: Page, taskId: string) => page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`);

describe.runIf(browserAvailable)('comments and my tasks, live', () => {
  const suite = browserSuite();

  it('a comment shows in the other open drawer and in the card count; a task given to me joins «Мои задачи» and leaves it when taken', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Живые комментарии»');
    const first = await addMember(suite.app, owner.token, 'COORDINATOR');
    const second = await addMember(suite.app, owner.token, 'COORDINATOR');
    const templateId = (await ok(suite.app, TEMPLATES, {}, owner.token)).projectTemplates[0]!.id;
    const project = (
      await ok(suite.app, CREATE_PROJECT, {
        input: { name: 'Приём ООО «Ромашка»', templateId, coordinatorId: first.userId, memberIds: [second.userId] },
      }, owner.token)
    ).createProject;
    const [commented, given] = project.tasks;

    const viewport = { width: 1920, height: 1080 };
    const one = await (await suite.browser.newContext({ viewport })).newPage();
    const twoContext = await suite.browser.newContext({ viewport });
    const two = await twoContext.newPage();
    await signIn(one, suite.app.url, first.email, first.password);
    await signIn(two, suite.app.url, second.email, second.password);
    for (const page of [one, two]) {
      // `?task=` opens the drawer of that task over the live board
      await page.goto(`${suite.app.url}/projects/${project.id}?task=${commented!.id}`);
      await page.locator(`[data-testid="task-drawer"][data-task-id="${commented!.id}"]`).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByTestId('live-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
      await page.getByTestId('task-tab-comments').click();
    }
    expect(await card(two, commented!.id).getByTestId('task-card-comments').count()).toBe(0);

    await one.getByTestId('task-comment-input').fill('Жду выписку из банка');
    await one.getByTestId('task-comment-send').click();
    await one.getByTestId('task-comment').filter({ hasText: 'Жду выписку из банка' }).waitFor({ timeout: 10_000 });

    // the other screen: no reload, the comment in the open drawer and the count on the card
    await two.getByTestId('task-comment').filter({ hasText: 'Жду выписку из банка' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => card(two, commented!.id).getByTestId('task-card-comments').getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
    expect(await two.getByTestId('task-tab-comments').textContent()).toContain('1');

    // «Мои задачи» of the second coordinator, while the owner gives a task and takes it back
    const mine = await twoContext.newPage();
    await mine.goto(`${suite.app.url}/my-tasks`);
    await expect.poll(() => mine.getByTestId('live-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
    const row = mine.locator(`[data-testid="my-task"][data-task-id="${given!.id}"]`);
    expect(await row.count()).toBe(0);
    const toMe = (await ok(suite.app, ASSIGN, { id: given!.id, version: given!.version, assigneeId: second.userId }, owner.token)).assignTask;
    await row.waitFor({ timeout: 10_000 });
    await ok(suite.app, ASSIGN, { id: given!.id, version: toMe.version, assigneeId: first.userId }, owner.token);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
  });
});
