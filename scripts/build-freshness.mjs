// Is the production build in .next/ older than the sources it was built from? Browser tests
// against a stale build test code that no longer exists, so `npm run test:e2e` refuses one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What `next build` reads: a change to any of these means the build must be made again. */
export const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'content',
  'public',
  'types',
  'proxy.ts',
  'next.config.ts',
  'contentlayer.config.ts',
  'postcss.config.mjs',
  'tailwind.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** The newest file under `paths` as { file, mtimeMs }, or null when there is none. */
export function newestFile(paths, root = '.') {
  let newest = null;
  const visit = (path) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(full)) visit(join(path, entry));
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { file: path, mtimeMs: stat.mtimeMs };
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Null when the build is at least as new as every input; otherwise why it is not usable. */
export function staleBuild(root = '.') {
  const marker = join(root, '.next', 'BUILD_ID');
  if (!existsSync(marker)) {
    return 'No production build found: run `npm run build` first (npm test does this for you).';
  }
  const built = statSync(marker).mtimeMs;
  const newest = newestFile(BUILD_INPUTS, root);
  if (newest && newest.mtimeMs > built) {
    const when = new Date(built).toISOString();
    return `The production build (${when}) is older than ${newest.file} (${new Date(newest.mtimeMs).toISOString()}): run \`npm run build\` again, then the browser tests.`;
  }
  return null;
}
