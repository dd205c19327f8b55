// Unused files, exports and dependencies fail `npm test` (scripts/test.mjs). Knip finds most entry
// points itself, from its plugins: Next's app router (app/**, proxy.ts, instrumentation.ts,
// next.config.ts), Vitest and Playwright tests and configs, ESLint, Stryker, PostCSS, Tailwind, and
// every script package.json runs. Listed here are only the entries no plugin knows.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Read by `contentlayer2 build`, which has no Knip plugin.
    'contentlayer.config.ts',
    // The Vitest config Stryker runs (stryker.config.mjs names it as a string).
    'vitest.mutation.config.ts',
    // A command the README gives: `node scripts/screenshots.mjs <url> <paths…>`.
    'scripts/screenshots.mjs',
    // Types for the .mjs modules TypeScript files import; tsc reads them beside the module.
    'scripts/**/*.d.mts',
  ],
  // Code and styles. content/ is data for Contentlayer, and tests/fixtures/mdx is read from disk.
  project: ['**/*.{ts,tsx,mjs,mts,css}'],
  // An export its own file also uses is part of that file's interface; only an export nothing
  // uses at all is dead.
  ignoreExportsUsedInFile: true,
};

export default config;
