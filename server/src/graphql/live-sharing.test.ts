import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldSharingTable, sameForEveryViewer, sharingOf, undeclaredFields, type FieldSharing, type ResolverFacts } from './live-sharing.js';
import { buildSchema as buildAppSchema } from '../composition/schema.js';
import { encodeNextFrame } from '../live/per-event-execution.js';

describe('which field resolvers may be shared between viewers', () => {
  const cases: [string, ResolverFacts, FieldSharing][] = [
    ['a plain property', {}, 'same'],
    ['a resolver of its root and arguments', { params: [{ kind: 'root' }, { kind: 'arg' }, { kind: 'info' }] }, 'same'],
    ['a resolver that takes the context', { params: [{ kind: 'root' }, { kind: 'context' }] }, 'undeclared'],
    ['a resolver with a custom parameter (it may read the principal)', { params: [{ kind: 'custom' }] }, 'undeclared'],
    ['the context, declared the same for every viewer', { params: [{ kind: 'context' }], extensions: { sameForEveryViewer: true } }, 'same'],
    ['the context, declared viewer-dependent', { params: [{ kind: 'context' }], extensions: { viewerDependent: true } }, 'viewer'],
    ['declared viewer-dependent without the context', { extensions: { viewerDependent: true } }, 'viewer'],
    ['declared both ways: viewer-dependent wins', { params: [{ kind: 'context' }], extensions: { viewerDependent: true, sameForEveryViewer: true } }, 'viewer'],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(sharingOf(facts)).toBe(expected);
  });
});

describe('every field resolver that reads the viewer says whether its value depends on it', () => {
  it('no field of the built schema takes the context or a custom parameter undeclared', async () => {
    // declare it with @ViewerDependent() or @SameForEveryViewer() (live-sharing.ts)
    expect(undeclaredFields(await buildAppSchema(), fieldSharingTable())).toEqual([]);
  });

  it('the board subscription the benchmark runs stays shared; a viewer right makes it per-viewer', async () => {
    const schema = await buildAppSchema();
    const table = fieldSharingTable();
    const board = 'subscription ($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id seq type at taskId projectId changes actor { id name } task { id status version title position priority department dueDate overdue deletedAt updatedAt assignee { id name } } } }';
    expect(sameForEveryViewer(schema, parse(board), table)).toBe(true);
    expect(sameForEveryViewer(schema, parse(board.replace('title', 'title viewerCanChangeStatus')), table)).toBe(false);
    expect(sameForEveryViewer(schema, parse(board.replace('title', 'project { canEdit }')), table)).toBe(false);
  });
});

describe('subscribers share an execution only when every selected field is the same for every viewer', () => {
  const schema = buildSchema(`
    type Project { id: ID! name: String! viewerCanEdit: Boolean! secret: String! }
    type Task { id: ID! title: String! project: Project! viewerCanEdit: Boolean! unknown: String }
    type Event { id: ID! task: Task! }
    type Query { ok: Boolean }
    type Subscription { events: Event! }
  `);
  const table = new Map<string, FieldSharing>([
    ['Subscription.events', 'same'],
    ['Event.id', 'same'],
    ['Event.task', 'same'],
    ['Task.id', 'same'],
    ['Task.title', 'same'],
    ['Task.project', 'same'],
    ['Task.viewerCanEdit', 'viewer'],
    ['Project.id', 'same'],
    ['Project.name', 'same'],
    ['Project.viewerCanEdit', 'viewer'],
    ['Project.secret', 'undeclared'],
    // Task.unknown is not in the table: nothing proves it shareable
  ]);
  const cases: [string, string, boolean][] = [
    ['shareable fields only', '{ events { id task { id title project { name } } } }', true],
    ['__typename anywhere', '{ events { __typename task { __typename id } } }', true],
    ['a viewer-dependent field', '{ events { id task { viewerCanEdit } } }', false],
    ['a viewer-dependent field deep down', '{ events { task { project { id viewerCanEdit } } } }', false],
    ['an undeclared resolver', '{ events { task { project { secret } } } }', false],
    ['a field missing from the table', '{ events { task { unknown } } }', false],
    ['through a named fragment', '{ events { task { ...T } } } fragment T on Task { id viewerCanEdit }', false],
    ['through an inline fragment', '{ events { task { ... on Task { project { viewerCanEdit } } } } }', false],
    ['a shareable named fragment', '{ events { task { ...T } } } fragment T on Task { id title }', true],
    ['an alias of a viewer-dependent field', '{ events { task { mine: viewerCanEdit } } }', false],
  ];
  it.each(cases)('%s', (_name, selection, shared) => {
    expect(sameForEveryViewer(schema, parse(`subscription ${selection}`), table)).toBe(shared);
  });
});

describe('a `next` frame', () => {
  const payload = Buffer.from(JSON.stringify({ data: { taskEvents: { id: '7' } } }));
  const cases = ['1', 'a"b\\c', 'строка', '\u2028line\u0000', '😀 \ud800'];
  it.each(cases)('for id %j parses as the graphql-ws message with that id and payload', (id) => {
    const frame = encodeNextFrame(id, payload);
    expect(JSON.parse(frame.toString('utf8'))).toEqual({ id, type: 'next', payload: { data: { taskEvents: { id: '7' } } } });
  });
});
