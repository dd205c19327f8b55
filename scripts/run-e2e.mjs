// Browser tests against the production build (`next start`) in a real Chromium. Never skips:
// without a browser it stops and says how to get one.
import { spawnSync } from 'node:child_process';
import { staleBuild } from './build-freshness.mjs';
import { findChromium, NO_CHROMIUM_HELP } from './find-chromium.mjs';

const chromium = await findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
const stale = staleBuild();
if (stale) {
  console.error(stale);
  process.exit(1);
}
console.log(`Browser tests use ${chromium}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
