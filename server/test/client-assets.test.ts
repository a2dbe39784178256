import http from 'node:http';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { requireBuiltClient } from './browser/browser.js';
import { startTestApp } from './harness.js';

/**
 * The built client as a browser gets it over real HTTP: the precompressed twin the browser
 * accepts, immutable caching for hashed assets, index.html always revalidated.
 */

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw GET: fetch would ask for and undo the compression itself. */
function get(app: App, path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${app.url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

describe('serving the built client', () => {
  let app: App;
  let script: string;

  beforeAll(async () => {
    requireBuiltClient();
    app = await startTestApp();
    const index = await get(app, '/');
    script = /<script type="module" crossorigin src="([^"]+)"/.exec(index.body.toString())![1]!;
  });

  it('sends the brotli or gzip twin of a hashed script with long-lived caching', async () => {
    const plain = await get(app, script);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const br = await get(app, script, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gz = await get(app, script, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('revalidates index.html on every open, at / and on client routes', async () => {
    for (const path of ['/', '/leads', '/projects/123']) {
      const answer = await get(app, path, 'gzip, br');
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toMatch(/^text\/html/);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers 404 for a hashed file that is not there instead of index.html', async () => {
    expect((await get(app, '/assets/index-gone1234.js', 'br')).status).toBe(404);
  });
});
