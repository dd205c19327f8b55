// `npm test`: every gate, in the order a failure is cheapest to find. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Content (Contentlayer)', 'npx', ['contentlayer2', 'build']],
  ['Content checks', 'npx', ['tsx', 'scripts/check-content.ts']],
  ['Search index', 'npx', ['tsx', 'scripts/build-search-index.ts']],
  ['Typecheck', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['Production build', 'npx', ['next', 'build']],
  ['Browser tests', 'node', ['scripts/run-e2e.mjs']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log('\nAll checks passed.');
