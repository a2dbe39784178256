// Same origin as the page: the server serves the client, and Vite proxies in development.
export function httpEndpoint(): string {
  return new URL('/graphql', window.location.href).toString();
}

export function wsEndpoint(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function bearer(token: string): string {
  return `Bearer ${token}`;
}
