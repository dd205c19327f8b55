// @ts-check
// Mutation testing: `npm run mutation` (scripts/mutation.mjs). Not part of `npm test`: run it after
// changing the pure logic below or its tests. Each mutant is a small deliberate bug; a mutant that
// no test notices shows a test that is missing (or code nobody needs).

/** The pure logic held to a mutation score of at least 80%. */
export const MUTATED = [
  'lib/helper/decision.ts',
  'lib/helper/helper-query.ts',
  'lib/compare/therapy-selection.ts',
  'lib/search/query.ts',
  'lib/search/engine.ts',
  'lib/search/snippet.ts',
  'lib/content/validate-content.ts',
  'lib/content/check-body.ts',
  'lib/evidence/page-citations.ts',
  'lib/mdx/mdx-tags.ts',
  'lib/schemas/citation.ts',
  'lib/compare/comparison-rows.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: MUTATED,
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables and patterns) re-run every test and took 93% of the time
  // on the first run; they are left out of the score rather than making the run hours long.
  ignoreStatic: true,
  // The machine is shared and has 2 cores: one or two test workers, set with STRYKER_CONCURRENCY.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // Re-tests only mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: `reports/mutation/${process.env.STRYKER_REPORT ?? 'stryker'}-incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // STRYKER_REPORT=name keeps separate reports when files are mutated in separate runs.
  jsonReporter: { fileName: `reports/mutation/${process.env.STRYKER_REPORT ?? 'mutation'}.json` },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 90, low: 80, break: 80 },
  timeoutMS: 10_000,
  // The first, unmutated run of every test takes minutes on a loaded machine.
  dryRunTimeoutMinutes: 20,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: [
    '.next',
    'bench-results',
    'bench-tmp',
    'reports',
    'screenshots',
    'test-results',
    'playwright-report',
  ],
};

export default config;
