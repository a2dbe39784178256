import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';
import { firstRequestsScript } from './src/kernel/apollo/firstResponses';
import { TOKEN_KEY } from './src/kernel/session/tokenKey';
import { firstRequestsByPath } from './src/shell/firstRequests';

/**
 * The opened page's first requests start from a script inlined at the top of index.html, while
 * the app's scripts still load and run (src/kernel/apollo/firstResponses.ts), made at build time
 * from the current documents (src/shell/firstRequests.ts).
 */
function firstRequests(): Plugin {
  return {
    name: 'schetovod-first-requests',
    transformIndexHtml: () => [{ tag: 'script', children: firstRequestsScript(firstRequestsByPath(), TOKEN_KEY), injectTo: 'head-prepend' }],
  };
}

const server = 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    firstRequests(),
    // .br and .gz twins of every text asset, made once at build time; the server sends the one
    // the browser accepts (server/src/http/client-assets.ts) instead of compressing per request
    compression({
      include: /\.(html|js|mjs|css|json|svg|ttf)$/,
      // brotli's top quality 11 takes a minute here for the explorer's editor alone; 9 is about
      // 8 % larger and takes seconds
      algorithms: [defineAlgorithm('brotliCompress', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }), 'gzip'],
      logLevel: 'silent',
    }),
  ],
  server: {
    proxy: {
      '/graphql': { target: server, ws: true },
      '/healthz': server,
      '/readyz': server,
    },
  },
  optimizeDeps: {
    // these modules import monaco workers with `?worker`, which only Vite's own transform understands
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  build: {
    outDir: 'dist',
    // only the lazily loaded monaco chunk of the explorer is this large
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // graphiql ships React Compiler hints ("use no memo") that bundling drops harmlessly
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // the date pickers stay with the pages that have a date field, off the first page's path
            { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](?!dates[\\/])|@floating-ui|react-remove-scroll|react-transition-group)/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|optimism|rxjs|graphql|graphql-ws)[\\/]/ },
          ],
        },
      },
    },
  },
  // monaco's workers are ES modules with imports of their own
  worker: { format: 'es' },
  test: {
    // CI reads the counts from a JSON report; people read the default one
    reporters: process.env.VITEST_JSON_REPORT_DIR
      ? ['default', ['json', { outputFile: `${process.env.VITEST_JSON_REPORT_DIR}/client.json` }]]
      : ['default'],
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
