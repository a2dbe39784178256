/**
 * The opened page's first requests, sent by a small script inlined in index.html
 * (`firstRequestsScript`, built into the page by vite.config.ts from src/shell/firstRequests.ts)
 * before the app's scripts have loaded, so that the server works while the browser does. Apollo's
 * fetch takes those answers instead of asking again.
 */

/** One GraphQL request as Apollo's HttpLink sends it. */
export interface FirstRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

interface Started {
  request: FirstRequest;
  authorization: string;
  response: Promise<Response>;
}

export const FIRST_RESPONSES = '__schetovodFirst';
export const GRAPHQL_ACCEPT = 'application/graphql-response+json,application/json;q=0.9';

/**
 * The inline script: with a stored session on a page that has first requests (and no query
 * string), it sends them and leaves them on `window`. Plain ES5 in a string, since it runs before
 * any module has loaded.
 */
export function firstRequestsScript(byPath: Record<string, readonly FirstRequest[]>, tokenKey: string): string {
  return `(function(byPath){try{var token=localStorage.getItem(${JSON.stringify(tokenKey)});var requests=token&&!location.search&&byPath[location.pathname.replace(/\\/$/,'')];if(!requests)return;var authorization='Bearer '+token;window.${FIRST_RESPONSES}=requests.map(function(request){var response=fetch('/graphql',{method:'POST',headers:{'content-type':'application/json',accept:${JSON.stringify(GRAPHQL_ACCEPT)},authorization:authorization},body:JSON.stringify(request)});response.catch(function(){});return{request:request,authorization:authorization,response:response};});}catch(e){}})(${JSON.stringify(byPath)});`;
}

/** The same JSON for the same value whatever the order of its keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sameRequest = (a: { operationName?: unknown; query?: unknown; variables?: unknown }, b: FirstRequest) =>
  a.operationName === b.operationName && a.query === b.query && canonical(a.variables ?? {}) === canonical(b.variables ?? {});

function authorizationOf(headers: HeadersInit | undefined): string {
  if (!headers) return '';
  if (headers instanceof Headers) return headers.get('authorization') ?? '';
  if (Array.isArray(headers)) return headers.find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
  return Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
}

/**
 * Apollo's fetch: a request the inline script already sent (same operation, query, variables and
 * session) gets that answer, once; any other goes to the network.
 */
export function fetchWithFirstResponses(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const started = (globalThis as { [FIRST_RESPONSES]?: Started[] })[FIRST_RESPONSES];
  if (started?.length && init?.method === 'POST' && typeof init.body === 'string') {
    try {
      const body = JSON.parse(init.body) as Record<string, unknown>;
      const authorization = authorizationOf(init.headers);
      const index = started.findIndex((entry) => entry.authorization === authorization && sameRequest(body, entry.request));
      if (index >= 0) {
        const [entry] = started.splice(index, 1);
        return entry!.response.catch(() => fetch(input, init));
      }
    } catch {
      // not JSON: not one of them
    }
  }
  return fetch(input, init);
}
