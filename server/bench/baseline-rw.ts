/**
 * The read/write bench's baseline: a minimal plain graphql-js server over `pg` on our database.
 * Each request looks its bearer token up once (no cache); each operation is one hand-written SQL
 * statement (changeTaskStatus: a read of the column's bottom, then one statement), with default
 * field resolvers over the rows it returns. It gives the same JSON as our server for the
 * selections of bench/read-write.ts, and writes what ours writes: the row, its version, and the
 * event (numbered by the firm's counter, with NOTIFY) in the same statement.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { buildSchema, graphql, GraphQLError, GraphQLScalarType } from 'graphql';
import { generateKeyBetween } from 'fractional-indexing';
import pg from 'pg';
import { benchPool, readBody } from './lib/bench-db.js';
import { announce, onShutdown, requireEnv } from './lib/child.js';

// dates stay 'YYYY-MM-DD' strings, as our Date scalar gives them
pg.types.setTypeParser(1082, (value) => value);

const schema = buildSchema(/* GraphQL */ `
  scalar DateTime
  scalar JSONObject
  enum TaskStatus { CANCELLED DONE IN_PROGRESS REVIEW TODO WAITING_CLIENT }
  type User { id: ID! name: String! role: String! }
  type LeadSource { id: ID! name: String! }
  type Lead {
    id: ID! lastName: String! firstName: String! patronymic: String legalForm: String! companyName: String!
    inn: String taxRegime: String regionCode: String phone: String email: String stage: String! version: Int!
    createdAt: DateTime! updatedAt: DateTime! owner: User source: LeadSource
  }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type LeadEdge { cursor: String! node: Lead! }
  type LeadConnection { edges: [LeadEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type TaskComment { id: ID! body: String! createdAt: DateTime! author: User }
  type Task {
    id: ID! title: String! status: String! priority: String! position: String! dueDate: String version: Int!
    assignee: User commentCount: Int! comments: [TaskComment!]!
  }
  type Project { id: ID! name: String! status: String! startDate: String! dueDate: String version: Int! coordinator: User tasks: [Task!]! }
  type ProjectEdge { cursor: String! node: Project! }
  type ProjectConnection { edges: [ProjectEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type AuditActor { id: ID name: String apiTokenId: ID user: User }
  type AuditEntry { id: ID! seq: Int! topic: String! type: String! at: DateTime! subjectType: String subjectId: ID changes: JSONObject actor: AuditActor }
  type AuditEntryEdge { cursor: String! node: AuditEntry! }
  type AuditEntryConnection { edges: [AuditEntryEdge!]! pageInfo: PageInfo! }
  input LeadInput {
    lastName: String! firstName: String! patronymic: String legalForm: String! companyName: String! inn: String
    taxRegime: String okvedCode: String activity: String regionCode: String sourceId: ID phone: String email: String
    ownerId: ID notes: String
  }
  type Query {
    leads(first: Int! = 50): LeadConnection!
    projects(first: Int! = 50): ProjectConnection!
    project(id: ID!): Project!
    auditLog(first: Int! = 50): AuditEntryConnection!
  }
  type Mutation {
    createLead(input: LeadInput!): Lead!
    updateLead(id: ID!, version: Int!, input: LeadInput!): Lead!
    changeTaskStatus(id: ID!, version: Int!, status: TaskStatus!): Task!
  }
`);

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
Object.assign(schema.getType('DateTime') as GraphQLScalarType, { serialize: iso });
Object.assign(schema.getType('JSONObject') as GraphQLScalarType, { serialize: (value: unknown) => value });

const pool = benchPool(requireEnv('DATABASE_URL'));

interface Caller {
  firmId: string;
  userId: string;
  userName: string;
  role: string;
}
const EDITORS = new Set(['OWNER', 'MANAGER', 'HEAD', 'COORDINATOR']);

/** One lookup per request: the session by its token's hash, with the user and the firm. */
async function authenticate(header: string | undefined): Promise<Caller | null> {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!token) return null;
  const { rows } = await pool.query<{ firm_id: string; user_id: string; user_name: string; role: string }>(
    `select s.firm_id, u.id as user_id, u.name as user_name, u.role from session s join app_user u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.active`,
    [createHash('sha256').update(token).digest('hex')],
  );
  const row = rows[0];
  return row ? { firmId: row.firm_id, userId: row.user_id, userName: row.user_name, role: row.role } : null;
}

function signedIn(caller: Caller | null, editor = false): Caller {
  if (!caller) throw new GraphQLError('Sign in', { extensions: { code: 'UNAUTHENTICATED' } });
  if (editor && !EDITORS.has(caller.role)) throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } });
  return caller;
}

const cursorOf = (scope: string, at: Date, id: string) => Buffer.from(JSON.stringify([scope, at.toISOString(), id])).toString('base64url');
const person = (id: string | null, name: string | null, role: string | null) => (id ? { id, name, role } : null);

// ------------------------------------------------------------------ reads: one statement each

const LEAD_COLUMNS = `l.id, l.last_name as "lastName", l.first_name as "firstName", l.patronymic, l.legal_form as "legalForm",
  l.company_name as "companyName", l.inn, l.tax_regime as "taxRegime", l.region_code as "regionCode", l.phone, l.email,
  l.stage, l.version, l.created_at as "createdAt", l.updated_at as "updatedAt"`;

type LeadRow = Record<string, unknown> & { id: string; createdAt: Date; owner_id: string | null; owner_name: string | null; owner_role: string | null; source_id: string | null; source_name: string | null };
const toLead = ({ owner_id, owner_name, owner_role, source_id, source_name, ...lead }: LeadRow) => ({
  ...lead,
  owner: person(owner_id, owner_name, owner_role),
  source: source_id ? { id: source_id, name: source_name } : null,
});

async function leads(caller: Caller, first: number) {
  const { rows } = await pool.query<LeadRow & { total: string }>(
    `select ${LEAD_COLUMNS}, o.id as owner_id, o.name as owner_name, o.role as owner_role, s.id as source_id, s.name as source_name,
            count(*) over () as total
       from lead l left join app_user o on o.id = l.owner_id left join lead_source s on s.id = l.source_id
      where l.firm_id = $1
      order by date_trunc('milliseconds', l.created_at) desc, l.id limit $2`,
    [caller.firmId, first + 1],
  );
  const page = rows.slice(0, first);
  const cursor = (row: LeadRow) => cursorOf('lead:CREATED_AT:desc', row.createdAt, row.id);
  return {
    edges: page.map((row) => ({ cursor: cursor(row), node: toLead(row) })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
    totalCount: Number(rows[0]?.total ?? 0),
  };
}

const TASKS_OF = (project: string, withComments: boolean) => `coalesce((
  select json_agg(json_build_object('id', t.id, 'title', t.title, 'status', t.status, 'priority', t.priority, 'position', t.position,
           'dueDate', t.due_date, 'version', t.version,
           'assignee', case when a.id is null then null else json_build_object('id', a.id, 'name', a.name, 'role', a.role) end
           ${withComments ? `, 'commentCount', (select count(*) from task_comment c where c.task_id = t.id),
           'comments', coalesce((select json_agg(json_build_object('id', c.id, 'body', c.body, 'createdAt', c.created_at,
               'author', case when u.id is null then null else json_build_object('id', u.id, 'name', u.name, 'role', u.role) end)
               order by c.created_at)
             from task_comment c left join app_user u on u.id = c.author_id where c.task_id = t.id), '[]')` : ''})
         order by t.status, t.position, t.id)
    from task t left join app_user a on a.id = t.assignee_id
   where t.project_id = ${project} and t.deleted_at is null), '[]')`;

const PROJECT_COLUMNS = `p.id, p.name, p.status, p.start_date as "startDate", p.due_date as "dueDate", p.version, p.created_at,
  c.id as coordinator_id, c.name as coordinator_name, c.role as coordinator_role`;

type ProjectRow = Record<string, unknown> & { id: string; created_at: Date; coordinator_id: string | null; coordinator_name: string | null; coordinator_role: string | null };
const toProject = ({ created_at: _, coordinator_id, coordinator_name, coordinator_role, ...project }: ProjectRow) => ({
  ...project,
  coordinator: person(coordinator_id, coordinator_name, coordinator_role),
});

async function projects(caller: Caller, first: number) {
  const { rows } = await pool.query<ProjectRow & { total: string }>(
    `select ${PROJECT_COLUMNS}, ${TASKS_OF('p.id', false)} as tasks, count(*) over () as total
       from project p left join app_user c on c.id = p.coordinator_id
      where p.firm_id = $1
      order by date_trunc('milliseconds', p.created_at) desc, p.id limit $2`,
    [caller.firmId, first + 1],
  );
  const page = rows.slice(0, first);
  const cursor = (row: ProjectRow) => cursorOf('project', row.created_at, row.id);
  return {
    edges: page.map((row) => ({ cursor: cursor(row), node: toProject(row) })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
    totalCount: Number(rows[0]?.total ?? 0),
  };
}

async function project(caller: Caller, id: string) {
  const { rows } = await pool.query<ProjectRow>(
    `select ${PROJECT_COLUMNS}, ${TASKS_OF('p.id', true)} as tasks
       from project p left join app_user c on c.id = p.coordinator_id where p.id = $1 and p.firm_id = $2`,
    [id, caller.firmId],
  );
  if (!rows[0]) throw new GraphQLError('Project not found', { extensions: { code: 'NOT_FOUND' } });
  return toProject(rows[0]);
}

async function auditLog(caller: Caller, first: number) {
  const { rows } = await pool.query<{ seq: string; topic: string; type: string; at: Date; subject_type: string | null; subject_id: string | null; changes: unknown; actor_id: string | null; actor_name: string | null; api_token_id: string | null; user_name: string | null; user_role: string | null }>(
    `select e.seq, e.topic, e.type, e.at, e.subject_type, e.subject_id, e.data - 'task' as changes,
            e.actor_id, e.actor_name, e.api_token_id, u.name as user_name, u.role as user_role
       from firm_event e left join app_user u on u.id = e.actor_id
      where e.firm_id = $1 order by e.seq desc limit $2`,
    [caller.firmId, first + 1],
  );
  const nodes = rows.slice(0, first).map((row) => ({
    id: Buffer.from(`FirmEvent:${caller.firmId}:${row.seq}`).toString('base64url'),
    seq: Number(row.seq),
    topic: row.topic,
    type: row.type,
    at: row.at,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    changes: row.changes,
    actor: row.actor_id || row.actor_name
      ? { id: row.actor_id, name: row.actor_name, apiTokenId: row.api_token_id, user: row.user_name === null ? null : { id: row.actor_id, name: row.user_name, role: row.user_role } }
      : null,
  }));
  return { edges: nodes.map((node) => ({ cursor: node.id, node })), pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.id ?? null } };
}

// ------------------------------------------------------------------ writes: one statement each

type LeadInput = Record<string, string | null | undefined> & { lastName: string; firstName: string; legalForm: string; companyName: string };

/** The cheap checks a hand-written server would make; the database's constraints do the rest. */
function leadValues(input: LeadInput, defaultOwner: string): unknown[] {
  const text = (key: string, max: number, required = false) => {
    const value = input[key]?.trim() || null;
    if ((required && !value) || (value && value.length > max)) throw new GraphQLError(`Invalid ${key}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  };
  const matches = (key: string, pattern: RegExp) => {
    const value = text(key, 300);
    if (value && !pattern.test(value)) throw new GraphQLError(`Invalid ${key}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  };
  return [
    text('lastName', 100, true), text('firstName', 100, true), text('patronymic', 100), input.legalForm, text('companyName', 300, true),
    matches('inn', /^\d{10}(\d{2})?$/), input.taxRegime ?? null, matches('okvedCode', /^\d{2}(\.\d{1,2}){0,2}$/), text('activity', 500),
    matches('regionCode', /^\d{2}$/), input.sourceId ?? null, matches('phone', /^\+\d{11,15}$/), matches('email', /^[^@\s]+@[^@\s]+$/),
    input.ownerId ?? defaultOwner, text('notes', 10_000),
  ];
}

// $1 firm, $2..$16 the card (leadValues), then the actor ($17 id, $18 name)
const CARD_SET = `last_name = $2, first_name = $3, patronymic = $4, legal_form = $5::legal_form, company_name = $6, inn = $7,
  tax_regime = $8::tax_regime, okved_code = $9, activity = $10, region_code = $11, source_id = (select id from src), phone = $13,
  email = $14, owner_id = (select id from own), notes = $16`;
const CARD_REFS = `src as (select id, name from lead_source where id = $12 and firm_id = $1),
  own as (select id, name, role from app_user where id = $15 and firm_id = $1 and active)`;
/** The event of the row `subject` (a CTE) in the same statement: the firm's next number, then the row; $1 is the firm. */
const EVENT = (type: string, subject: string, data: string, actor = '$17', actorName = '$18') => `next as (update firm set event_seq = event_seq + 1 where id = $1 and exists (select 1 from ${subject}) returning event_seq),
  ev as (insert into firm_event (firm_id, seq, topic, type, actor_id, actor_name, subject_type, subject_id, data)
         select $1, next.event_seq, '${type.startsWith('TASK') ? 'tasks' : 'leads'}', '${type}', ${actor}, ${actorName}, '${type.startsWith('TASK') ? 'Task' : 'Lead'}', ${subject}.id, ${data}
           from next, ${subject} returning *)`;
const NOTIFY = `pg_notify('firm_events', $1 || ':' || ev.seq || ':' || row_to_json(ev)::text)`;
const RETURN_LEAD = (row: string) => `select ${LEAD_COLUMNS.replaceAll('l.', `${row}.`)}, own.id as owner_id, own.name as owner_name, own.role as owner_role,
  src.id as source_id, src.name as source_name, ${NOTIFY} from ${row} cross join ev left join own on true left join src on true`;

async function createLead(caller: Caller, input: LeadInput) {
  const { rows } = await pool.query<LeadRow>(
    `with ${CARD_REFS},
     ins as (insert into lead (id, firm_id, last_name, first_name, patronymic, legal_form, company_name, inn, tax_regime, okved_code,
                               activity, region_code, source_id, phone, email, owner_id, notes)
             select gen_random_uuid(), $1, $2, $3, $4, $5::legal_form, $6, $7, $8::tax_regime, $9, $10, $11, (select id from src), $13, $14, (select id from own), $16
              where ($12::uuid is null or exists (select 1 from src)) and exists (select 1 from own)
             returning *),
     ${EVENT('LEAD_CREATED', 'ins', `jsonb_build_object('companyName', ins.company_name, 'stage', ins.stage)`)}
     ${RETURN_LEAD('ins')}`,
    [caller.firmId, ...leadValues(input, caller.userId), caller.userId, caller.userName],
  );
  if (!rows[0]) throw new GraphQLError('Unknown source or owner', { extensions: { code: 'BAD_USER_INPUT' } });
  return toLead(rows[0]);
}

const TRACKED = `'lastName', X.last_name, 'firstName', X.first_name, 'patronymic', X.patronymic, 'legalForm', X.legal_form,
  'companyName', X.company_name, 'inn', X.inn, 'taxRegime', X.tax_regime, 'okvedCode', X.okved_code, 'activity', X.activity,
  'regionCode', X.region_code, 'source', X.source_id, 'phone', X.phone, 'email', X.email, 'owner', X.owner_id, 'notes', X.notes`;

async function updateLead(caller: Caller, id: string, version: number, input: LeadInput) {
  const { rows } = await pool.query<LeadRow & { current_version: number | null }>(
    `with ${CARD_REFS},
     old as (select * from lead where id = $19 and firm_id = $1 for update),
     upd as (update lead l set ${CARD_SET}, version = l.version + 1, updated_at = now()
               from old where l.id = old.id and l.version = $20 and ($12::uuid is null or exists (select 1 from src))
             returning l.*),
     changes as (select coalesce(jsonb_object_agg(n.key, jsonb_build_object('from', o.value, 'to', n.value)), '{}') as data
                   from upd, old, jsonb_each(jsonb_build_object(${TRACKED.replaceAll('X.', 'old.')})) o
                   join jsonb_each(jsonb_build_object(${TRACKED.replaceAll('X.', 'upd.')})) n using (key)
                  where o.value is distinct from n.value),
     ${EVENT('LEAD_UPDATED', 'upd', `jsonb_build_object('companyName', upd.company_name) || (select data from changes)`)}
     select (select version from old) as current_version, r.* from (${RETURN_LEAD('upd')}) r right join (select 1) one on true`,
    [caller.firmId, ...leadValues(input, caller.userId), caller.userId, caller.userName, id, version],
  );
  const row = rows[0];
  if (!row || row.current_version === null) throw new GraphQLError('Lead not found', { extensions: { code: 'NOT_FOUND' } });
  if (!row.id) throw new GraphQLError('Someone has changed this lead since you opened it', { extensions: { code: 'CONFLICT', currentVersion: row.current_version } });
  const { current_version: _, ...lead } = row;
  return toLead(lead as LeadRow);
}

const TASK_SNAPSHOT = `jsonb_build_object('id', t.id, 'projectId', t.project_id, 'title', t.title, 'description', t.description,
  'department', t.department, 'assigneeId', t.assignee_id, 'status', t.status, 'priority', t.priority, 'dueDate', t.due_date,
  'position', t.position, 'checklist', t.checklist, 'dependsOn', t.depends_on, 'createdById', t.created_by_id,
  'createdAt', t.created_at, 'updatedAt', t.updated_at, 'deletedAt', t.deleted_at, 'version', t.version)`;

async function changeTaskStatus(caller: Caller, id: string, version: number, status: string) {
  // the new place is below the column's last card (fractional keys), so the column is read first
  const { rows: found } = await pool.query<{ version: number; status: string; bottom: string | null }>(
    `select t.version, t.status, (select max(b.position) from task b where b.project_id = t.project_id and b.status = $3::task_status
        and b.deleted_at is null and b.id <> t.id) as bottom
       from task t where t.id = $1 and t.firm_id = $2 and t.deleted_at is null`,
    [id, caller.firmId, status],
  );
  const current = found[0];
  if (!current) throw new GraphQLError('Task not found', { extensions: { code: 'NOT_FOUND' } });
  if (current.version !== version) throw new GraphQLError('Someone has changed this task since you opened it', { extensions: { code: 'CONFLICT' } });
  const { rows } = await pool.query(
    `with old as (select id, status from task where id = $4 and firm_id = $1 for update),
     upd as (update task t set status = $5::task_status, position = $6, version = t.version + 1, updated_at = now()
               from old where t.id = old.id and t.version = $7 and t.deleted_at is null returning t.*, old.status as from_status),
     ${EVENT('TASK_STATUS_CHANGED', 'upd', `(select jsonb_build_object('projectId', t.project_id, 'taskId', t.id, 'title', t.title,
        'changes', jsonb_build_object('status', jsonb_build_object('from', t.from_status, 'to', t.status)), 'task', ${TASK_SNAPSHOT}) from upd t)`, '$2', '$3')}
     select upd.id, upd.title, upd.status, upd.priority, upd.position, upd.due_date as "dueDate", upd.version, ${NOTIFY} from upd, ev`,
    [caller.firmId, caller.userId, caller.userName, id, status, generateKeyBetween(current.bottom, null), version],
  );
  if (!rows[0]) throw new GraphQLError('Someone has changed this task since you opened it', { extensions: { code: 'CONFLICT' } });
  return rows[0];
}

// ------------------------------------------------------------------ wiring

type Args = Record<string, unknown> & { first: number; id: string; version: number; status: string; input: LeadInput };
type Resolver = (caller: Caller | null, args: Args) => Promise<unknown>;
const roots: Record<'Query' | 'Mutation', Record<string, Resolver>> = {
  Query: {
    leads: (c, a) => leads(signedIn(c), a.first),
    projects: (c, a) => projects(signedIn(c), a.first),
    project: (c, a) => project(signedIn(c), a.id),
    auditLog: (c, a) => auditLog(signedIn(c), a.first),
  },
  Mutation: {
    createLead: (c, a) => createLead(signedIn(c, true), a.input),
    updateLead: (c, a) => updateLead(signedIn(c, true), a.id, a.version, a.input),
    changeTaskStatus: (c, a) => changeTaskStatus(signedIn(c, true), a.id, a.version, a.status),
  },
};
for (const type of ['Query', 'Mutation'] as const) {
  const fields = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields();
  for (const [name, resolve] of Object.entries(roots[type])) fields[name]!.resolve = (_root, args, caller: Caller | null) => resolve(caller, args as Args);
}

const server = http.createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') {
    res.writeHead(404).end();
    return;
  }
  try {
    const { query, variables, operationName } = JSON.parse(await readBody(req)) as { query: string; variables?: Record<string, unknown>; operationName?: string };
    const caller = await authenticate(req.headers.authorization);
    const result = await graphql({ schema, source: query, variableValues: variables, operationName, contextValue: caller });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  } catch (error) {
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
});

await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
onShutdown(async () => {
  server.close();
  await pool.end();
});
announce({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
