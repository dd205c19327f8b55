// `npm test`: every gate, in the order a failure is cheapest to find. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['Content (Contentlayer)', 'npx', ['contentlayer2', 'build']],
  ['Content checks', 'npx', ['tsx', 'scripts/check-content.ts']],
  ['Search index', 'npx', ['tsx', 'scripts/build-search-index.ts']],
  ['Typecheck', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['Formatting', 'npx', ['prettier', '--check', '.']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['Production build', 'npx', ['next', 'build']],
  ['Browser tests', 'node', ['scripts/run-e2e.mjs']],
];

// Counts from the runners' JSON reports, so the run ends with one plain total.
function counts() {
  const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
  const unit = read('reports/vitest.json');
  const browser = read('reports/playwright.json');
  const passed = (unit?.numPassedTests ?? 0) + (browser?.stats?.expected ?? 0);
  const failed =
    (unit?.numFailedTests ?? 0) + (browser?.stats?.unexpected ?? 0) + (browser?.stats?.flaky ?? 0);
  return { passed, failed };
}

rmSync('reports/vitest.json', { force: true });
rmSync('reports/playwright.json', { force: true });

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s.`);
    const { passed, failed } = counts();
    console.error(`Tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
const { passed, failed } = counts();
console.log('\nAll checks passed.');
console.log(`Tests: ${passed} passed, ${failed} failed`);
