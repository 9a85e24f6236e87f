/**
 * The architecture's layer rules, checked on every test run
 * (test/architecture/layers.spec.ts runs this against src/ and against a
 * deliberately broken fixture, so the check itself is tested).
 */
module.exports = {
  forbidden: [
    {
      name: 'pure-deciders',
      comment: 'Deciders, states and the event contract are plain functions and data: no Nest, no I/O.',
      severity: 'error',
      from: { path: '(\\.decide\\.ts$|\\.state\\.ts$|^src/events/)' },
      to: { path: '((^|/)node_modules/@nestjs/|(^|/)node_modules/(pg|better-sqlite3|kysely)/|^src/infrastructure/)' },
    },
    {
      name: 'contract-stands-alone',
      comment: 'The event contract depends on nothing else in the service.',
      severity: 'error',
      from: { path: '^src/events/' },
      to: { path: '^src/(?!events/)' },
    },
    {
      name: 'projections-never-touch-the-write-side',
      comment: 'Read models fold events; they never call command handlers, deciders or write-side state.',
      severity: 'error',
      from: { path: '^src/projections/' },
      to: { path: '^src/modules/[^/]+/(?!.*\\.graphql\\.ts$)', pathNot: '^src/modules/shared-kernel/' },
    },
    {
      name: 'projections-fold-alone',
      comment: 'A projection folds events into its own rows, never another projection\'s.',
      severity: 'error',
      from: { path: '^src/projections/([^/]+)/[^/]+\\.projection\\.ts$' },
      to: { path: '^src/projections/', pathNot: ['^src/projections/$1/', '^src/projections/runner/'] },
    },
    {
      name: 'write-side-never-reads-projections',
      comment: 'Commands decide from their own streams, not from eventually consistent read models.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/projections/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts$|/testing/|\\.fixtures\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
