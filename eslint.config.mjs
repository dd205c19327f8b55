import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import vitest from '@vitest/eslint-plugin';
import playwright from 'eslint-plugin-playwright';
import i18next from 'eslint-plugin-i18next';

// Rules for tests: a test that cannot fail, or that runs alone, is worse than no test.
// Helpers named expect… assert inside them, so a test that calls one has an assertion.
const testRules = (prefix, expectOptions) => ({
  [`${prefix}/no-conditional-in-test`]: 'error',
  [`${prefix}/no-conditional-expect`]: 'error',
  [`${prefix}/expect-expect`]: ['error', expectOptions],
  // expect(value, 'what was checked') names the failing case.
  [`${prefix}/valid-expect`]: ['error', { maxArgs: 2 }],
});

// The layers (docs/architecture.md): app -> components -> lib, and inside lib
// schemas <- mdx, site <- domain logic <- content (the store) <- search, feedback, http.
// Each zone names the files it guards (target) and what they may not import (from).
const DOMAIN_LOGIC = ['conditions', 'compare', 'evidence', 'helper', 'seo', 'changes'];
const layerZones = [
  {
    target: './lib',
    from: ['./components', './app'],
    message: 'lib/ sits below components/ and app/: pass data down instead.',
  },
  {
    target: './components',
    from: './app',
    message: 'components/ sits below app/: a route passes its data in as props.',
  },
  {
    target: './lib/schemas',
    from: './lib',
    except: ['./schemas'],
    message: 'lib/schemas/ is the bottom layer: it imports only zod and other schemas.',
  },
  ...['mdx', 'site'].map((folder) => ({
    target: `./lib/${folder}`,
    from: './lib',
    except: ['./schemas', `./${folder}`],
    message: `lib/${folder}/ may import only lib/schemas/ and itself.`,
  })),
  ...DOMAIN_LOGIC.map((folder) => ({
    target: `./lib/${folder}`,
    from: ['./lib/content', './lib/search', './lib/feedback', './lib/http'],
    message: `lib/${folder}/ is pure domain logic: it takes data as arguments and never reads the content store or a service.`,
  })),
  {
    target: './lib/content',
    from: ['./lib/search', './lib/feedback', './lib/http'],
    message: 'lib/content/ (the store) sits below search, feedback and http.',
  },
  {
    target: './components/ui',
    from: './components',
    except: ['./ui'],
    message: 'components/ui/ holds shared small parts: they import no other component folder.',
  },
];

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
    files: ['**/*.{ts,tsx,mjs,js}'],
    // The cycle rule follows imports into packages it cannot parse (PGlite's bundled chunks overflow
    // the parser's stack); a cycle through node_modules is not ours to find anyway.
    settings: { 'import/ignore': ['node_modules'] },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Production code stays in files and functions a reader can hold in their head.
    files: [
      'lib/**/*.{ts,tsx}',
      'components/**/*.tsx',
      'app/**/*.{ts,tsx}',
      'scripts/**/*.{ts,mjs}',
      'proxy.ts',
    ],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Props only (issue 20): a component never reads the content store; its route loads the data
    // once and passes it down. Importing a type from lib/content is fine: it is gone at run time.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/content/*', '**/lib/content/*'],
              allowTypeImports: true,
              message:
                'components/ take props: load the data in the route (lib/content/pages/) and pass it down.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every word a reader sees lives in content/, where the citation, reading-grade and review
    // checks reach it. Text in JSX, or in an attribute a reader or screen reader meets, is refused.
    files: ['components/**/*.tsx', 'app/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'title',
              'alt',
              'placeholder',
              'aria-description',
              'aria-roledescription',
              'label',
            ],
          },
          message:
            "Reader-facing words live in content/ (content/site-text.yaml or the page's own file), not in a component: pass them in as props.",
        },
      ],
    },
  },
  {
    files: ['tests/unit/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    ...vitest.configs.recommended,
    rules: {
      ...vitest.configs.recommended.rules,
      ...testRules('vitest', { assertFunctionNames: ['expect', 'expect*'] }),
      'vitest/no-focused-tests': 'error',
      // A skip needs a reason written where it happens: ctx.skip('why') inside the test. Bare
      // it.skip / it.todo / it.skipIf have nowhere to put one, so they are refused.
      'vitest/no-disabled-tests': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > MemberExpression.callee[object.name=/^(it|test|describe|suite)$/][property.name=/^(skip|todo|skipIf|runIf)$/]',
          message:
            "A skipped or unfinished test needs a written reason: call ctx.skip('why') inside the test, or delete it.",
        },
        {
          selector:
            "CallExpression[arguments.length=0] > MemberExpression.callee[property.name='skip']",
          message: "Say why: ctx.skip('the reason this test cannot run here').",
        },
      ],
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
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='fixme'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message:
            "A test marked fixme never runs: fix it, or skip it with test.skip(condition, 'why').",
        },
      ],
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
