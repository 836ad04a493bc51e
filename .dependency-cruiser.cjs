/**
 * The import table is the architecture (see ARCHITECTURE.md): `core` is the centre; components import
 * `core` and not each other (prevention may use analysis); only `runtime` knows them all; `api` and `cli`
 * are drivers at the edge; `web` talks to the API over HTTP and shares core types only. Outsiders import
 * a component through its `index.ts`, never a file inside it.
 */
const components = [
  'accounts',
  'sources',
  'analysis',
  'detection',
  'alerts',
  'response',
  'prevention',
  'store',
  'bus',
  'simulation',
]
const allowed = {
  core: [],
  accounts: ['core'],
  config: ['core'],
  sources: ['core'],
  analysis: ['core'],
  detection: ['core'],
  alerts: ['core'],
  response: ['core'],
  prevention: ['core', 'analysis'],
  store: ['core'],
  bus: ['core'],
  simulation: ['core'],
  benchmark: ['core', 'detection'],
  runtime: ['core', 'config', ...components, 'benchmark'],
  api: ['core', 'config', 'runtime', ...components, 'benchmark'],
  cli: ['core', 'config', 'runtime', 'api', ...components, 'benchmark'],
  web: ['core'],
  test: ['core', 'config', 'runtime', 'api', ...components, 'benchmark'],
}
const folders = Object.keys(allowed)

module.exports = {
  forbidden: [
    ...folders.map((from) => ({
      name: `${from}-imports`,
      comment: `${from}/ may import only: ${['itself', ...allowed[from]].join(', ')}`,
      severity: 'error',
      from: { path: `^src/${from}/`, pathNot: '\\.test\\.ts$' },
      to: { path: `^src/(?!(${[from, ...allowed[from]].join('|')})/)[^/]+/` },
    })),
    {
      name: 'tests-import-what-they-test',
      comment: 'tests may also use src/test/ (shared fakes and builders)',
      severity: 'error',
      from: { path: '^src/([^/]+)/.+\\.test\\.ts$' },
      to: { path: '^src/(?!($1|core|test|config)/)[^/]+/', pathNot: '/index\\.ts$' },
    },
    {
      name: 'through-the-front-door',
      comment: 'outside a component, import its index.ts, not a file inside it',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: {
        path: '^src/(?!$1/)[^/]+/.+',
        // core's vocabulary: the second door, for the dashboard's bundle (no zod, no node code)
        pathNot: ['^src/[^/]+/index\\.ts$', '^src/test/', '^src/core/vocabulary\\.ts$'],
      },
    },
    {
      name: 'src-test-only-from-tests',
      comment: 'src/test/ holds fakes and builders for tests only',
      severity: 'error',
      from: { path: '^src/(?!test/)', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/test/' },
    },
    {
      name: 'vocabulary-imports-nothing',
      comment: 'src/core/vocabulary.ts goes into the browser bundle: plain constants, no import of any kind',
      severity: 'error',
      from: { path: '^src/core/vocabulary\\.ts$' },
      to: {},
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'not-to-dev-dep',
      comment: 'production code must not depend on devDependencies',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.test\\.ts$', '^src/test/'] },
      to: { dependencyTypes: ['npm-dev'], pathNot: ['node_modules/@types/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
}
