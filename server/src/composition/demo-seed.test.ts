import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { ok, startTestApp } from '../../test/harness.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

let app: App;
const signIn = async (email: string) => (await ok(app, LOGIN, { email, password: 'demo2026' })).login.token as string;

beforeAll(async () => {
  app = await startTestApp(undefined, { seedDemo: true });
});

describe('the demo firm gives every role something to see', () => {
  it('the accountant has tasks of their own, one waiting for the client, and a conversation', async () => {
    const token = await signIn('accountant@demo.test');
    const { myTasks } = await ok(app, `{ myTasks { title status comments { body } project { name } } }`, {}, token);
    expect(myTasks.length).toBeGreaterThanOrEqual(3);
    expect(myTasks.map((t: { status: string }) => t.status)).toEqual(expect.arrayContaining(['IN_PROGRESS', 'WAITING_CLIENT', 'TODO']));
    expect(myTasks.some((t: { comments: unknown[] }) => t.comments.length >= 2)).toBe(true);
    expect(new Set(myTasks.map((t: { project: { name: string } }) => t.project.name)).size).toBe(2);
  });

  it('the coordinator sees two projects under way', async () => {
    const token = await signIn('coordinator@demo.test');
    const { projects } = await ok(app, `{ projects { totalCount edges { node { name status lead { companyName stage } } } } }`, {}, token);
    expect(projects.totalCount).toBe(2);
    expect(projects.edges.every((e: { node: { status: string } }) => e.node.status === 'ACTIVE')).toBe(true);
    // each project is for the client its name says, and that client is priced or won
    for (const { node } of projects.edges) {
      expect(node.name).toContain(node.lead.companyName.replace(/^ООО /, ''));
      expect(['PRICED', 'WON']).toContain(node.lead.stage);
    }
  });

  it('the manager sees leads at different stages, with saved calculations', async () => {
    const token = await signIn('manager@demo.test');
    const { leads } = await ok(app, `{ leads(first: 50) { edges { node { id stage } } } }`, {}, token);
    const stages = leads.edges.map((e: { node: { stage: string } }) => e.node.stage);
    expect(new Set(stages)).toEqual(new Set(['NEW', 'CONTACTED', 'PRICED', 'NEGOTIATION', 'WON', 'LOST']));
    const priced = leads.edges.filter((e: { node: { stage: string } }) => e.node.stage === 'PRICED' || e.node.stage === 'WON');
    for (const { node } of priced) {
      const { pricingRuns } = await ok(app, `query ($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }`, { leadId: node.id }, token);
      expect(pricingRuns.length).toBeGreaterThan(0);
    }
  });

  it('every step was recorded in the audit log', async () => {
    const token = await signIn('owner@demo.test');
    const { auditLog } = await ok(app, `{ auditLog(first: 200) { edges { node { type } } } }`, {}, token);
    const types = new Set(auditLog.edges.map((e: { node: { type: string } }) => e.node.type));
    for (const type of ['LEAD_STAGE_CHANGED', 'PRICING_RUN_CREATED', 'PROJECT_CREATED', 'TASK_ASSIGNED', 'TASK_STATUS_CHANGED', 'TASK_COMMENTED']) expect(types).toContain(type);
  });
});
