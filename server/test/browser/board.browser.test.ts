import type { Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addMember, ok, signUpFirm } from '../harness.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';
import { graphql } from '../gql/index.js';

const card = (page: Page, taskId: string) => page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`);

/** Drags with the real mouse, in small steps, as a person would. */
async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 12);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + 20, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + 40, { steps: 20 });
  await page.mouse.up();
}

describe.runIf(browserAvailable)('two coordinators on one live board', () => {
  const suite = browserSuite();

  it('a card dragged to DONE moves on the other screen; changes made while it was offline all arrive when it is back', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Доска»');
    const first = await addMember(suite.app, owner.token, 'COORDINATOR');
    const second = await addMember(suite.app, owner.token, 'COORDINATOR');
    const templateId = (await ok(suite.app, graphql(`query BoardBrowserProjectTemplates { projectTemplates { id } }`), {}, owner.token)).projectTemplates[0].id;
    const project = (await ok(suite.app, graphql(`mutation BoardBrowserCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id status } } }`), {
      input: { name: 'Приём ООО «Ромашка»', templateId, coordinatorId: first.userId, memberIds: [second.userId] },
    }, owner.token)).createProject;
    const [dragged, a, b, c] = project.tasks.map((t: { id: string }) => t.id) as string[];

    // wide enough for all six columns of the board
    const viewport = { width: 1920, height: 1080 };
    const one = await (await suite.browser.newContext({ viewport })).newPage();
    const twoContext = await suite.browser.newContext({ viewport });
    // the second screen's WebSocket goes through a switch that can cut it, as a dropped network would
    let offline = false;
    const sockets = new Set<WebSocketRoute>();
    await twoContext.routeWebSocket(/\/graphql$/, (ws) => {
      if (offline) {
        void ws.close({ code: 1006, reason: 'offline' });
        return;
      }
      ws.connectToServer();
      sockets.add(ws);
    });
    const two = await twoContext.newPage();
    await signIn(one, suite.app.url, first.email, first.password);
    await signIn(two, suite.app.url, second.email, second.password);
    for (const page of [one, two]) {
      await page.goto(`${suite.app.url}/projects/${project.id}`);
      await card(page, dragged!).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByTestId('live-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
    }

    await drag(one, card(one, dragged!), one.getByTestId('board-column-DONE'));
    await expect.poll(() => card(one, dragged!).getAttribute('data-status'), { timeout: 10_000 }).toBe('DONE');
    await expect.poll(() => card(two, dragged!).getAttribute('data-status'), { timeout: 10_000 }).toBe('DONE');

    // the second screen loses its connection
    offline = true;
    for (const ws of sockets) await ws.close({ code: 1006, reason: 'offline' });
    await expect.poll(() => two.getByTestId('live-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('lost');

    // meanwhile the first coordinator makes three changes
    await card(one, a!).getByTestId('task-status-select').selectOption('IN_PROGRESS');
    await card(one, b!).getByTestId('task-status-select').selectOption('REVIEW');
    await card(one, c!).getByTestId('task-status-select').selectOption('WAITING_CLIENT');
    for (const [id, status] of [[a, 'IN_PROGRESS'], [b, 'REVIEW'], [c, 'WAITING_CLIENT']] as const) {
      await expect.poll(() => card(one, id!).getAttribute('data-status'), { timeout: 10_000 }).toBe(status);
    }
    expect(await card(two, a!).getAttribute('data-status')).toBe('TODO');

    // back online: the board catches up without a reload
    offline = false;
    await expect.poll(() => two.getByTestId('live-status').getAttribute('data-status'), { timeout: 30_000 }).toMatch(/restored|connected/);
    for (const [id, status] of [[a, 'IN_PROGRESS'], [b, 'REVIEW'], [c, 'WAITING_CLIENT']] as const) {
      await expect.poll(() => card(two, id!).getAttribute('data-status'), { timeout: 15_000 }).toBe(status);
    }
  }, 90_000);
});
