import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { ok, startTestApp } from '../../test/harness.js';
import { graphql } from '../../test/gql/index.js';

const LOGIN = graphql(`mutation DemoSeedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`);
const MY_TASKS = graphql(`query DemoSeedMyTasks { myTasks { title status comments { body } project { name } } }`);
const PROJECTS = graphql(`query DemoSeedProjects { projects { totalCount edges { node { name status lead { companyName stage } } } } }`);
const LEADS = graphql(`query DemoSeedLeads { leads(first: 50) { edges { node { id stage } } } }`);
const PRICING_RUNS = graphql(`query DemoSeedPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }`);
const MY_OBLIGATIONS = graphql(`query DemoSeedMyObligations { myObligations(first: 100) { totalCount edges { node { code client { shortName status } } } } }`);
const MY_FOLLOW_UPS = graphql(`query DemoSeedMyFollowUps { myFollowUps { title } }`);
const AUDIT_LOG = graphql(`query DemoSeedAuditLog { auditLog(first: 200) { edges { node { type } } } }`);

let app: App;
const signIn = async (email: string) => (await ok(app, LOGIN, { email, password: 'demo2026' })).login.token;

beforeAll(async () => {
  app = await startTestApp(undefined, { seedDemo: true });
});

describe('the demo firm gives every role something to see', () => {
  it('the accountant has tasks of their own, one waiting for the client, and a conversation', async () => {
    const token = await signIn('accountant@demo.test');
    const { myTasks } = await ok(app, MY_TASKS, {}, token);
    // the four tasks the seed gives her in both projects: one waiting for the client, one with a conversation
    const seen = myTasks.map((t) => ({ title: t.title, status: t.status, comments: t.comments.length, project: t.project.name }));
    expect(seen.sort((a, b) => a.title.localeCompare(b.title, 'ru'))).toEqual([
      { title: 'Получить выписки по расчётным счетам за I квартал', status: 'WAITING_CLIENT', comments: 1, project: 'Приём ООО «Торговый дом Восток»' },
      { title: 'Принять базу 1С', status: 'IN_PROGRESS', comments: 2, project: 'Приём ООО «Торговый дом Восток»' },
      { title: 'Проверить сальдо ЕНС и сверку с налоговой', status: 'TODO', comments: 0, project: 'Приём ООО «Торговый дом Восток»' },
      { title: 'Проверить сданную отчётность и ближайшие сроки', status: 'IN_PROGRESS', comments: 0, project: 'Приём ООО «Альфа-Сервис»' },
    ]);
  });

  it("the firm has requisites for its printed offers", async () => {
    const token = await signIn('manager@demo.test');
    const { me } = await ok(app, graphql(`query DemoSeedFirm { me { firm { name inn kpp address phone email taxRegime vatRate quoteValidDays } } }`), {}, token);
    expect(me.firm).toEqual({
      name: 'Демо-бухгалтерия', inn: '7701234560', kpp: '770101001', address: 'г. Москва, ул. Примерная, д. 1, офис 12',
      phone: '+74951234567', email: 'office@demo.test', taxRegime: 'USN_INCOME', vatRate: null, quoteValidDays: 30,
    });
  });

  it('the coordinator sees two projects under way', async () => {
    const token = await signIn('coordinator@demo.test');
    const { projects } = await ok(app, PROJECTS, {}, token);
    expect(projects.totalCount).toBe(2);
    expect(projects.edges.every((e) => e.node.status === 'ACTIVE')).toBe(true);
    // each project is for the client its name says, and that client is priced or won
    for (const { node } of projects.edges) {
      expect(node.name).toContain(node.lead!.companyName.replace(/^ООО /, ''));
      expect(['PRICED', 'WON']).toContain(node.lead!.stage);
    }
  });

  it('the manager sees leads at different stages, with saved calculations', async () => {
    const token = await signIn('manager@demo.test');
    const { leads } = await ok(app, LEADS, {}, token);
    const stages = leads.edges.map((e) => e.node.stage);
    expect(new Set(stages)).toEqual(new Set(['NEW', 'CONTACTED', 'PRICED', 'NEGOTIATION', 'WON', 'LOST']));
    const priced = leads.edges.filter((e) => e.node.stage === 'PRICED' || e.node.stage === 'WON');
    for (const { node } of priced) {
      const { pricingRuns } = await ok(app, PRICING_RUNS, { leadId: node.id }, token);
      // the seed saves one calculation for each of them
      expect(pricingRuns).toHaveLength(1);
    }
  });

  it('the won lead is an accepted client whose year is on each department’s calendar', async () => {
    // primary documents have no filings of their own: taxes and payroll do
    for (const email of ['accountant@demo.test', 'payroll.head@demo.test']) {
      const { myObligations } = await ok(app, MY_OBLIGATIONS, {}, await signIn(email));
      expect(myObligations.totalCount, email).toBeGreaterThan(0);
      expect(new Set(myObligations.edges.map((e) => e.node.client.shortName))).toEqual(new Set(['ООО «Альфа-Сервис»']));
      expect(myObligations.edges.every((e) => e.node.client.status === 'ACTIVE')).toBe(true);
    }
  });

  it('the manager has a call with a promised call-back on the timeline', async () => {
    const { myFollowUps } = await ok(app, MY_FOLLOW_UPS, {}, await signIn('manager@demo.test'));
    expect(myFollowUps.map((f) => f.title)).toEqual(['Перезвонить по итогам сравнения предложений']);
  });

  it('every step was recorded in the audit log', async () => {
    const token = await signIn('owner@demo.test');
    const { auditLog } = await ok(app, AUDIT_LOG, {}, token);
    const types = new Set(auditLog.edges.map((e) => e.node.type));
    for (const type of ['LEAD_STAGE_CHANGED', 'PRICING_RUN_CREATED', 'PROJECT_CREATED', 'TASK_ASSIGNED', 'TASK_STATUS_CHANGED', 'TASK_COMMENTED', 'CLIENT_ACCEPTED']) expect(types).toContain(type);
  });
});
