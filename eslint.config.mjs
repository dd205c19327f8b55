import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

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
    ignores: [
      '.next/**',
      '.contentlayer/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench-tmp/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
];

export default config;
