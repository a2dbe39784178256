import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { ok, startTestApp, uniqueEmail } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, launchBrowser, requireBuiltClient, signIn } from './browser.js';

const PASSWORD = 'demo2026';

const LOGIN = graphql(`mutation FirstHourLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`);
const INVITE = graphql(`mutation FirstHourInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }`);
const ACCEPT = graphql(`mutation FirstHourAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }`);
const FIRST_LEAD_AND_PROJECT = graphql(`query FirstHourFirstLeadAndProject { leads(first: 1) { edges { node { id } } } projects(first: 1) { edges { node { id } } } }`);
const FIRST_PROJECT = graphql(`query FirstHourFirstProject { projects(first: 1) { edges { node { id } } } }`);

/** How far the page itself scrolls sideways; inner scroll containers (wide tables, boards) do not count. */
// page-side code as text: it runs in the browser, whose globals this Node program does not type
const pageOverflow = (page: Page) => page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth');

describe.runIf(browserAvailable)('the first hour, on the demo firm', () => {
  let app: App;
  let browser: Browser;
  beforeAll(async () => {
    requireBuiltClient();
    app = await startTestApp(undefined, { seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pageAt = async (width: number, height = 900) => (await browser.newContext({ viewport: { width, height } })).newPage();

  it.each([
    ['owner@demo.test', '/leads', 'leads-table'],
    ['manager@demo.test', '/leads', 'leads-table'],
    ['coordinator@demo.test', '/projects', 'projects-table'],
    ['tax.head@demo.test', '/my-tasks', 'my-tasks'],
    ['accountant@demo.test', '/my-tasks', 'my-tasks'],
  ])('%s lands on %s with work to see', async (email, path, testId) => {
    const page = await pageAt(1366);
    await signIn(page, app.url, email, PASSWORD);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(path);
    await page.getByTestId(testId).waitFor({ timeout: 15_000 });
    if (email === 'accountant@demo.test') {
      // the four tasks the demo seed gives her (see demo-seed.test.ts)
      expect(await page.getByTestId('my-task').count()).toBe(4);
    }
    await page.context().close();
  });

  it('a new firm starts on «С чего начать», and a step ticks itself once done', async () => {
    const page = await pageAt(1366);
    const email = uniqueEmail('start');
    await page.goto(`${app.url}/login`);
    await page.getByRole('tab', { name: /Регистрация/ }).click();
    await page.getByTestId('firmName').fill('ООО «Первый час»');
    await page.getByTestId('name').fill('Вера Начальная');
    await page.getByTestId('email').fill(email);
    await page.getByTestId('password').fill('first hour password');
    await page.getByTestId('signup-submit').click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/start');
    const step = (key: string) => page.getByTestId(`start-step-${key}`);
    await step('addLead').waitFor();
    for (const key of ['addLead', 'importLeads', 'checkTariff', 'inviteColleagues']) expect(await step(key).getAttribute('data-done')).toBe('false');

    // the step's button opens the invitation; once someone is invited and active, the step is done
    await step('inviteColleagues').getByRole('link').click();
    await page.getByTestId('invite-open').waitFor();
    expect(new URL(page.url()).pathname).toBe('/team');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    const { login } = await ok(app, LOGIN, { email, password: 'first hour password' });
    const invited = await ok(app, INVITE, { input: { email: uniqueEmail('colleague'), name: 'Коллега Первый', role: 'MANAGER' } }, login.token);
    await ok(app, ACCEPT, { token: invited.inviteUser.invitationLink.split('/invite/')[1]!, password: 'colleague password 1' });
    await page.getByTestId('nav-start').click();
    await expect.poll(() => step('inviteColleagues').getAttribute('data-done'), { timeout: 10_000 }).toBe('true');

    // the empty leads page says what to do, with the button that does it
    await page.getByTestId('nav-leads').click();
    await page.getByTestId('empty-new-lead').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/leads/new');
    await page.context().close();
  });

  it('the owner renews a pending invitation from the team page', async () => {
    const page = await pageAt(1366);
    await signIn(page, app.url, 'owner@demo.test', PASSWORD);
    await page.getByTestId('nav-team').click();
    await page.getByTestId('invite-open').click();
    await page.getByTestId('invite-email').fill(uniqueEmail('pending'));
    await page.getByTestId('invite-name').fill('Ожидающий Сотрудник');
    // the dialog invites an accountant unless told otherwise, and an accountant needs a department
    await page.getByTestId('department-select').click();
    await page.getByRole('option', { name: 'Налоговый отдел' }).click();
    await page.getByTestId('invite-submit').click();
    const first = await page.getByTestId('invitation-link').textContent();
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть' }).click();
    await page.getByTestId('renew-invitation').first().click();
    await page.getByTestId('renew-invitation-submit').click();
    await expect.poll(() => page.getByTestId('invitation-link').textContent()).toMatch(/\/invite\//);
    expect(await page.getByTestId('invitation-link').textContent()).not.toBe(first);
    await page.context().close();
  });

  it('no main page scrolls sideways at 1366 px', async () => {
    const page = await pageAt(1366);
    await signIn(page, app.url, 'owner@demo.test', PASSWORD);
    const { login } = await ok(app, LOGIN, { email: 'owner@demo.test', password: PASSWORD });
    const ids = await ok(app, FIRST_LEAD_AND_PROJECT, {}, login.token);
    const paths = [
      '/start', '/leads', '/leads/new', '/leads/pipeline', '/leads/settings', `/leads/${ids.leads.edges[0]!.node.id}`,
      '/tariffs', '/projects', '/projects/templates', `/projects/${ids.projects.edges[0]!.node.id}`, '/my-tasks', '/team', '/audit',
    ];
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(`${app.url}${path}`);
      await page.getByTestId('app-shell').waitFor();
      // let the page's data arrive and lay out
      await page.waitForLoadState('networkidle');
      const overflow = await pageOverflow(page);
      if (overflow > 0) overflowing.push(`${path} (+${overflow}px)`);
    }
    expect(overflowing).toEqual([]);
    await page.context().close();
  });

  it('at 1366 px every pipeline stage and board column is in view, and nothing on a card is cut', async () => {
    const page = await pageAt(1366);
    await signIn(page, app.url, 'owner@demo.test', PASSWORD);
    const { login } = await ok(app, LOGIN, { email: 'owner@demo.test', password: PASSWORD });
    const ids = await ok(app, FIRST_PROJECT, {}, login.token);
    const rightEdges = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));

    await page.goto(`${app.url}/leads/pipeline`);
    await page.getByTestId('pipeline-card').first().waitFor();
    const stages = await rightEdges('[data-testid^="pipeline-column-"][data-stage]');
    expect(stages).toHaveLength(6);
    for (const right of stages) expect(right).toBeLessThanOrEqual(1366);

    await page.goto(`${app.url}/projects/${ids.projects.edges[0]!.node.id}`);
    await page.getByTestId('task-status-select').first().waitFor();
    const columns = await rightEdges('[data-testid^="board-column-"]');
    // one column per task status, cancelled included
    expect(columns).toHaveLength(6);
    for (const right of columns) expect(right).toBeLessThanOrEqual(1366);
    // a select shows its chosen status whole: the option's text fits the select's box
    const cut = await page.evaluate<number>(`[...document.querySelectorAll('[data-testid="task-status-select"]')].filter((select) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:' + getComputedStyle(select).font;
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      document.body.append(probe);
      const tooWide = probe.offsetWidth > select.clientWidth - 24;
      probe.remove();
      return tooWide;
    }).length`);
    expect(cut).toBe(0);
    await page.context().close();
  });

  it('at 390 px the leads list folds its filters into a drawer and keeps its key columns', async () => {
    const page = await pageAt(390, 844);
    await signIn(page, app.url, 'owner@demo.test', PASSWORD);
    await page.goto(`${app.url}/leads`);
    await page.getByTestId('leads-table').waitFor();
    expect(await page.getByTestId('sort-STAGE').isVisible()).toBe(true);
    expect(await page.getByTestId('sort-COMPANY_NAME').isVisible()).toBe(true);
    expect(await page.getByTestId('sort-CREATED_AT').isVisible()).toBe(false);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    // the table fits the phone: no sideways scrolling to reach the stage
    const stageRight = await page.getByTestId('sort-STAGE').evaluate((el) => el.getBoundingClientRect().right);
    expect(stageRight).toBeLessThanOrEqual(390);
    await page.getByTestId('leads-filters-open').click();
    await page.getByRole('dialog').getByPlaceholder(/Поиск/).waitFor();
    await page.context().close();
  });
});
