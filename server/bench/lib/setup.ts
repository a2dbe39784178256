/** Setting up the real server through its public GraphQL API, the way a client would. */
import { randomBytes } from 'node:crypto';
import { benchTaskTitles } from './bench-db.js';
import type { BenchTask } from './load.js';

export async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

async function pooled<T>(count: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await work(i);
      }
    }),
  );
  return results;
}

export interface OursSetup {
  ownerToken: string;
  projectId: string;
  tasks: BenchTask[];
}

/** A new firm (its owner signs up), a project from the seeded template, and extra tasks up to `taskCount`. */
export async function setUpOurs(url: string, taskCount: number): Promise<OursSetup> {
  const tag = randomBytes(4).toString('hex');
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const signUp = await gql<{ signUp: { token: string } }>(
    url,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }',
    { input: { firmName: `Bench ${tag}`, name: 'Bench Owner', email: `owner-${tag}@bench.test`, password } },
  );
  const token = signUp.signUp.token;
  const { projectTemplates } = await gql<{ projectTemplates: { id: string }[] }>(url, '{ projectTemplates { id } }', {}, token);
  if (!projectTemplates[0]) throw new Error('no project template');
  const { createProject } = await gql<{ createProject: { id: string; tasks: BenchTask[] } }>(
    url,
    'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id version status } } }',
    { input: { name: 'Bench', templateId: projectTemplates[0].id, startDate: '2026-11-30' } },
    token,
  );
  const tasks = createProject.tasks.map((t) => ({ ...t }));
  const titles = benchTaskTitles(Math.max(taskCount, tasks.length));
  const extra = await pooled(Math.max(0, taskCount - tasks.length), 4, (i) =>
    gql<{ createTask: BenchTask }>(
      url,
      'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id version status } }',
      { input: { projectId: createProject.id, title: titles[tasks.length + i]! } },
      token,
    ),
  );
  tasks.push(...extra.map((r) => r.createTask));
  return { ownerToken: token, projectId: createProject.id, tasks: tasks.slice(0, taskCount) };
}

/** Invites `count` coordinators and signs each in through the invitation link; returns their tokens. */
export async function inviteCoordinators(url: string, ownerToken: string, count: number): Promise<string[]> {
  const tag = randomBytes(4).toString('hex');
  return pooled(count, 2, async (i) => {
    const { inviteUser } = await gql<{ inviteUser: { invitationLink: string } }>(
      url,
      'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }',
      { input: { email: `coordinator-${tag}-${i}@bench.test`, name: `Coordinator ${i + 1}`, role: 'COORDINATOR' } },
      ownerToken,
    );
    const inviteToken = inviteUser.invitationLink.split('/').pop()!;
    const { acceptInvite } = await gql<{ acceptInvite: { token: string } }>(
      url,
      'mutation ($password: String!, $token: String!) { acceptInvite(password: $password, token: $token) { token } }',
      { password: `bench-${randomBytes(8).toString('hex')}`, token: inviteToken },
    );
    return acceptInvite.token;
  });
}

/** The newest event id of the firm (subscribers start after it, so nothing is lost). */
export async function newestEventId(url: string, ownerToken: string): Promise<string | null> {
  const { auditLog } = await gql<{ auditLog: { edges: { node: { id: string } }[] } }>(url, '{ auditLog(first: 1) { edges { node { id } } } }', {}, ownerToken);
  return auditLog.edges[0]?.node.id ?? null;
}
