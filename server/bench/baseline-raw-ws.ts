/**
 * Baseline (A): the least a server can do. POST /graphql (the body's `variables` only) performs
 * the same database write as the real server's changeTaskStatus, then sends ONE pre-serialised
 * graphql-ws `next` frame to every subscribed socket. The WebSocket side speaks just enough of the
 * graphql-transport-ws protocol for the stock graphql-ws client (which the bench tells to use the
 * subscription id "1", so one frame fits every socket).
 */
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { benchPool, changeTaskStatus, readBody } from './lib/bench-db.js';
import { announce, onShutdown, requireEnv } from './lib/child.js';

const pool = benchPool(requireEnv('DATABASE_URL'));
const subscribed = new Set<WebSocket>();
let eventSeq = 0;

const server = http.createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') {
    res.writeHead(404).end();
    return;
  }
  try {
    const { variables } = JSON.parse(await readBody(req)) as { variables: { id: string; version: number; status: string } };
    const task = await changeTaskStatus(pool, variables.id, variables.version, variables.status);
    if (!task) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'conflict', extensions: { code: 'CONFLICT' } }] }));
      return;
    }
    const event = {
      id: String(++eventSeq),
      type: 'STATUS_CHANGED',
      taskId: task.id,
      changes: { status: { from: task.from, to: task.status } },
      task: { id: task.id, status: task.status, version: task.version, title: task.title },
    };
    const frame = Buffer.from(JSON.stringify({ id: '1', type: 'next', payload: { data: { taskEvents: event } } }));
    for (const socket of subscribed) socket.send(frame, { binary: false });
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ data: { changeTaskStatus: { id: task.id, version: task.version, status: task.status } } }));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
});

const wss = new WebSocketServer({ server, path: '/graphql' });
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
    else if (message.type === 'ping') socket.send('{"type":"pong"}');
    else if (message.type === 'subscribe') subscribed.add(socket);
    else if (message.type === 'complete') subscribed.delete(socket);
  });
  socket.on('close', () => subscribed.delete(socket));
});

await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
onShutdown(async () => {
  for (const socket of wss.clients) socket.terminate();
  wss.close();
  server.close();
  await pool.end();
});
announce({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
