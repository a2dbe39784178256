/**
 * Baseline (B): a minimal plain GraphQL server. Hand-written SDL (graphql-js `buildSchema`),
 * a changeTaskStatus mutation doing the same database write, an in-process pub/sub, and the
 * stock graphql-ws `useServer`, which executes the subscription's selection set once per
 * subscriber per event. HTTP is node:http + graphql-js `graphql()`.
 */
import http from 'node:http';
import { buildSchema, graphql, GraphQLError, type GraphQLField } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createPubSub, filter, pipe } from '@graphql-yoga/subscription';
import { benchPool, changeTaskStatus, readBody } from './lib/bench-db.js';
import { announce, onShutdown, requireEnv } from './lib/child.js';

const schema = buildSchema(/* GraphQL */ `
  enum TaskStatus { TODO IN_PROGRESS REVIEW WAITING_CLIENT DONE CANCELLED }
  enum TaskEventType { CREATED UPDATED STATUS_CHANGED MOVED DELETED COMMENTED }
  scalar JSONObject
  type Task { id: ID! title: String! status: TaskStatus! version: Int! }
  type TaskEvent { id: ID! type: TaskEventType! projectId: ID! taskId: ID! changes: JSONObject task: Task! }
  type Query { ok: Boolean }
  type Mutation { changeTaskStatus(id: ID!, version: Int!, status: TaskStatus!): Task! }
  type Subscription { taskEvents(projectId: ID, after: ID): TaskEvent! }
`);

interface TaskEventPayload {
  id: string;
  type: string;
  projectId: string;
  taskId: string;
  changes: Record<string, unknown>;
  task: { id: string; title: string; status: string; version: number };
}

const pool = benchPool(requireEnv('DATABASE_URL'));
const pubsub = createPubSub<{ taskEvents: [TaskEventPayload] }>();
let eventSeq = 0;

const mutation = schema.getMutationType()!.getFields().changeTaskStatus as GraphQLField<unknown, unknown, { id: string; version: number; status: string }>;
mutation.resolve = async (_root, { id, version, status }) => {
  const task = await changeTaskStatus(pool, id, version, status);
  if (!task) throw new GraphQLError('The task was changed by someone else', { extensions: { code: 'CONFLICT' } });
  const row = { id: task.id, title: task.title, status: task.status, version: task.version };
  pubsub.publish('taskEvents', {
    id: String(++eventSeq),
    type: 'STATUS_CHANGED',
    projectId: task.projectId,
    taskId: task.id,
    changes: { status: { from: task.from, to: task.status } },
    task: row,
  });
  return row;
};

const subscription = schema.getSubscriptionType()!.getFields().taskEvents as GraphQLField<TaskEventPayload, unknown, { projectId?: string | null }>;
subscription.subscribe = (_root, { projectId }) =>
  pipe(
    pubsub.subscribe('taskEvents'),
    filter((event: TaskEventPayload) => !projectId || event.projectId === projectId),
  );
subscription.resolve = (event) => event;

const server = http.createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') {
    res.writeHead(404).end();
    return;
  }
  try {
    const { query, variables, operationName } = JSON.parse(await readBody(req)) as { query: string; variables?: Record<string, unknown>; operationName?: string };
    const result = await graphql({ schema, source: query, variableValues: variables, operationName });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  } catch (error) {
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
});

const wss = new WebSocketServer({ server, path: '/graphql' });
const cleanup = useServer({ schema }, wss);

await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
onShutdown(async () => {
  for (const socket of wss.clients) socket.terminate();
  await cleanup.dispose();
  wss.close();
  server.close();
  await pool.end();
});
announce({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
