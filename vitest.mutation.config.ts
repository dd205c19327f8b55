import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing runs the unit tests only: the logic under mutation is pure, its tests run in
// Node, and loading jsdom for every mutant made a run take hours on a shared 2-core machine.
export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    env: base.test?.env,
    testTimeout: base.test?.testTimeout,
    allowOnly: false,
  },
});
