// Layer rules of the server, checked in CI by `pnpm --filter @schetovod/server check:deps`.
//
//   src/main.ts, src/app.ts   start-up: config → database → composition → HTTP and WebSocket
//   src/composition/          the only place that imports every area: schema, services, a new firm's setup
//   src/live/                 real-time transport (WebSocket, fan-out, operation cache, connection guard);
//                             imports no area: only the event log and the kernel
//   src/graphql/              the kernel: context, errors, auth checker, pagination, scalars, ids, shared
//                             args, validation — imports no area (an area's leaf `auth/principal.ts` aside)
//   src/db/                   ORM set-up, embedded PostgreSQL, migrations
//   src/modules/events/       the event log, its catalogue and the bus
//   src/modules/<area>/       one folder per domain area; `engine/` and `rules/` folders are pure
//
// Paths are relative to this folder (the script runs here). Each package keeps its own config.
// who is calling, and the roles: leaves of `auth` that the kernel and the live layer may know
const AREA_LEAF = '^src/modules/auth/(principal|roles)\\.ts$';
// tests beside the code start the whole app through the harness
const TESTS = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: modules that cannot be understood, loaded or tested one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kernel-imports-no-area',
      severity: 'error',
      comment: 'The GraphQL kernel lies below the areas: areas register with it (declaration merging), it never imports them.',
      from: { path: '^src/graphql/', pathNot: TESTS },
      to: { path: '^src/(modules|composition|live)/', pathNot: AREA_LEAF },
    },
    {
      name: 'live-imports-no-area',
      severity: 'error',
      comment: 'The live transport knows events and the kernel, never an area: the composition root hands it what it needs.',
      from: { path: '^src/live/', pathNot: TESTS },
      to: { path: '^src/(modules/(?!events/)|composition/)', pathNot: AREA_LEAF },
    },
    {
      name: 'events-import-no-area',
      severity: 'error',
      comment: 'The event log lies below the areas that write to it.',
      from: { path: '^src/modules/events/', pathNot: TESTS },
      to: { path: '^src/(modules/(?!events/)|composition/|live/)', pathNot: ['^src/modules/auth/firm\\.entity\\.ts$', AREA_LEAF] },
    },
    {
      name: 'only-the-composition-root-imports-it',
      severity: 'error',
      comment: 'The composition root is the top: only start-up imports it.',
      from: { pathNot: ['^src/(composition/|app\\.ts$|main\\.ts$)', TESTS] },
      to: { path: '^src/composition/' },
    },
    {
      name: 'no-module-imports-another-resolver',
      severity: 'error',
      comment: "An area uses another area's services, entities, types and policy, never its resolver.",
      from: { path: '^src/modules/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/.*\\.resolver\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'engines-are-pure',
      severity: 'error',
      comment: 'A pure engine (engine/, rules/) imports nothing of ours outside its own folder.',
      from: { path: '^src/modules/([^/]+)/(engine|rules)/', pathNot: TESTS },
      to: { path: '^src/', pathNot: '^src/modules/$1/$2/' },
    },
    {
      name: 'db-imports-no-area-logic',
      severity: 'error',
      comment: 'The database layer knows entities (the ORM needs them), not services or resolvers.',
      from: { path: '^src/db/', pathNot: TESTS },
      to: { path: '^src/(modules/.*\\.(service|resolver)\\.ts$|composition/|live/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
