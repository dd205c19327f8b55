import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  // React 19 JSX without a Babel plugin: esbuild/oxc handles the automatic runtime.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    // A stray `.only` must fail the run, locally as in CI, not quietly shrink it.
    allowOnly: false,
    retry: 0,
    // Role queries in jsdom are slow on a loaded 2-core machine; a slow test is not a failed one.
    testTimeout: 30_000,
    reporters: [
      'default',
      ['json', { outputFile: 'reports/vitest.json' }],
      './scripts/vitest-ledger-reporter.ts',
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure logic, schemas and content: no DOM, so a test cannot lean on one by accident.
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
