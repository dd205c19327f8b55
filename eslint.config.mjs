import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import vitest from '@vitest/eslint-plugin';
import playwright from 'eslint-plugin-playwright';

// Rules for tests: a test that cannot fail, or that runs alone, is worse than no test.
// Helpers named expect… assert inside them, so a test that calls one has an assertion.
const testRules = (prefix, expectOptions) => ({
  [`${prefix}/no-conditional-in-test`]: 'error',
  [`${prefix}/no-conditional-expect`]: 'error',
  [`${prefix}/expect-expect`]: ['error', expectOptions],
  // expect(value, 'what was checked') names the failing case.
  [`${prefix}/valid-expect`]: ['error', { maxArgs: 2 }],
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['tests/unit/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    ...vitest.configs.recommended,
    rules: {
      ...vitest.configs.recommended.rules,
      ...testRules('vitest', { assertFunctionNames: ['expect', 'expect*'] }),
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      ...testRules('playwright', { assertFunctionPatterns: ['^expect'] }),
      'playwright/no-focused-test': 'error',
      // A skip must carry its condition and a written reason: test.skip(cond, 'why').
      'playwright/no-skipped-test': ['error', { allowConditional: true }],
    },
  },
  {
    ignores: [
      '.next/**',
      '.contentlayer/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench-tmp/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
];

export default config;
