import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Hashed build output: a changed file gets a new name, so a browser may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashes: always revalidated, so a new build is picked up at once. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built client: the `.br`/`.gz` twins the build writes next to each asset when the
 * browser accepts them (with `Content-Encoding` and `Vary`), long-lived caching for `/assets/`,
 * and index.html for every client-side route.
 */
export function serveClient(app: Express, clientDist: string, explorer: boolean): void {
  const assets = path.join(clientDist, 'assets') + path.sep;
  app.use(
    expressStaticGzip(clientDist, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        index: false,
        // our own Cache-Control below; serve-static's would be `max-age=0`
        cacheControl: false,
        setHeaders: (res: ServerResponse, file: string) => {
          res.setHeader('Cache-Control', file.startsWith(assets) ? IMMUTABLE : REVALIDATE);
        },
      },
    }),
  );
  // a missing hashed file is a 404, not index.html under a script's name
  app.get(/^\/(?!graphql|healthz|readyz|assets\/).*/, (req, res, next) => {
    if (!explorer && req.path.startsWith('/explorer')) return next();
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(path.join(clientDist, 'index.html'));
  });
}
