import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithFirstResponses, firstRequestsScript, FIRST_RESPONSES, type FirstRequest } from './firstResponses';

const request: FirstRequest = { operationName: 'LeadsPageQuery', query: 'query LeadsPageQuery { leads { id } }', variables: { filter: {}, first: 25, after: null } };
const body = (value: unknown) => JSON.stringify(value);
const global = globalThis as Record<string, unknown>;

afterEach(() => {
  delete global[FIRST_RESPONSES];
  vi.unstubAllGlobals();
});

describe('answers started before the app', () => {
  it('the same request with the same session takes the early answer once; variables in any key order', async () => {
    const early = new Response('{"data":1}');
    global[FIRST_RESPONSES] = [{ request, authorization: 'Bearer t', response: Promise.resolve(early) }];
    const network = vi.fn(async () => new Response('{"data":2}'));
    vi.stubGlobal('fetch', network);
    const init = { method: 'POST', headers: { authorization: 'Bearer t' }, body: body({ ...request, variables: { after: null, first: 25, filter: {} }, extensions: { x: 1 } }) };
    expect(await fetchWithFirstResponses('/graphql', init)).toBe(early);
    await fetchWithFirstResponses('/graphql', init);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another session', { authorization: 'Bearer other' }, request],
    ['other variables', { authorization: 'Bearer t' }, { ...request, variables: { ...request.variables, first: 50 } }],
    ['another query text', { authorization: 'Bearer t' }, { ...request, query: 'query LeadsPageQuery { leads { id name } }' }],
  ])('%s goes to the network', async (_, headers, sent) => {
    global[FIRST_RESPONSES] = [{ request, authorization: 'Bearer t', response: Promise.resolve(new Response('early')) }];
    const network = vi.fn(async () => new Response('network'));
    vi.stubGlobal('fetch', network);
    expect(await (await fetchWithFirstResponses('/graphql', { method: 'POST', headers, body: body(sent) })).text()).toBe('network');
  });

  it('a failed early request is asked again', async () => {
    global[FIRST_RESPONSES] = [{ request, authorization: 'Bearer t', response: Promise.reject(new Error('offline')) }];
    vi.stubGlobal('fetch', vi.fn(async () => new Response('network')));
    expect(await (await fetchWithFirstResponses('/graphql', { method: 'POST', headers: { authorization: 'Bearer t' }, body: body(request) })).text()).toBe('network');
  });

  it('the inline script sends the page’s requests with the stored session, and nothing without one', async () => {
    const script = firstRequestsScript({ '/leads': [request] }, 'schetovod.token');
    const sent: { body: string; authorization: string }[] = [];
    const run = (token: string | null, pathname: string, search = '') => {
      const window: Record<string, unknown> = {};
      const fetch = (_url: string, init: { body: string; headers: Record<string, string> }) => (sent.push({ body: init.body, authorization: init.headers.authorization! }), Promise.resolve(new Response('')));
      new Function('window', 'localStorage', 'location', 'fetch', script)(window, { getItem: () => token }, { pathname, search }, fetch);
      return window[FIRST_RESPONSES] as unknown[] | undefined;
    };
    expect(run('t', '/leads/')).toHaveLength(1);
    expect(sent).toEqual([{ body: JSON.stringify(request), authorization: 'Bearer t' }]);
    expect(run(null, '/leads')).toBeUndefined();
    expect(run('t', '/leads', '?stage=NEW')).toBeUndefined();
    expect(run('t', '/projects')).toBeUndefined();
    expect(sent).toHaveLength(1);
  });
});
