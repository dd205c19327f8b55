// `npm test`: every gate, in the order a failure is cheapest to find. Stops at the first failure,
// names it, and always ends with one line: `N passed, N failed, N skipped`.
//
// A gate is a command. A test gate also names a ledger: the file its runner leaves behind, read
// into entries (scripts/test-ledger.mjs) so skipped, focused and flaky tests are counted and held
// to the rules. To add a gate or a test suite, add a line to GATES.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fromPlaywright, judge, summaryLine } from './test-ledger.mjs';

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const vitestLedger = () => readJson('reports/ledger/vitest.json');
const playwrightLedger = () => {
  const report = readJson('reports/playwright.json');
  return report ? fromPlaywright(report) : null;
};

const GATES = [
  { name: 'Content (Contentlayer)', command: ['npx', 'contentlayer2', 'build'] },
  { name: 'Content checks', command: ['npx', 'tsx', 'scripts/check-content.ts'] },
  { name: 'Search index', command: ['npx', 'tsx', 'scripts/build-search-index.ts'] },
  { name: 'Typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'Lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  // Unused files, exports and dependencies (knip.config.ts says where the entry points are).
  { name: 'Unused code', command: ['npx', 'knip', '--no-progress'] },
  { name: 'Formatting', command: ['npx', 'prettier', '--check', '.'] },
  {
    name: 'Unit and component tests',
    command: ['npx', 'vitest', 'run'],
    ledger: vitestLedger,
    reports: ['reports/ledger/vitest.json', 'reports/vitest.json'],
  },
  { name: 'Production build', command: ['npx', 'next', 'build'] },
  // The last step of `npm run build`: the browser tests then run against the pages as they ship.
  { name: 'Critical CSS', command: ['node', 'scripts/inline-critical-css.mjs'] },
  {
    name: 'Browser tests',
    command: ['node', 'scripts/run-e2e.mjs'],
    ledger: playwrightLedger,
    reports: ['reports/playwright.json'],
  },
];

const entries = [];

function finish(code) {
  console.log(`\n${summaryLine(judge(entries))}`);
  process.exit(code);
}

function failGate(gate, why, seconds) {
  const index = GATES.indexOf(gate);
  const notRun = GATES.slice(index + 1).map((g) => g.name);
  console.error(`\n✖ Gate failed: ${gate.name} (${gate.command.join(' ')}) after ${seconds}s.`);
  for (const line of why) console.error(`  ${line}`);
  if (notRun.length > 0) console.error(`  Not run because of it: ${notRun.join(', ')}.`);
}

for (const gate of GATES) {
  for (const file of gate.reports ?? []) rmSync(file, { force: true });
  const [command, ...args] = gate.command;
  console.log(`\n▶ ${gate.name}: ${gate.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  if (!gate.ledger) {
    if (result.status !== 0) {
      failGate(
        gate,
        [`It exited with code ${result.status ?? result.signal}: see its output above.`],
        seconds,
      );
      finish(result.status || 1);
    }
    console.log(`✔ ${gate.name} (${seconds}s)`);
    continue;
  }

  const ledger = gate.ledger();
  if (!ledger) {
    failGate(
      gate,
      ['It left no report, so no test can be counted: see its output above.'],
      seconds,
    );
    finish(result.status || 1);
  }
  entries.push(...ledger);
  const own = judge(ledger);
  const why = [];
  const failures = ledger.filter((e) => e.outcome === 'failed');
  if (failures.length > 0) {
    why.push(`${failures.length} test(s) failed:`, ...failures.map((e) => `  - ${e.id}`));
  }
  if (own.problems.length > 0) {
    why.push('Broken test rules (README, Tests):', ...own.problems.map((p) => `  - ${p}`));
  }
  if (ledger.length === 0) why.push('It ran no test at all.');
  if (result.status !== 0 && why.length === 0) {
    why.push(
      `It exited with code ${result.status ?? result.signal} although no test failed: an error outside the tests (a file that did not load, a focused test, an unhandled rejection); see its output above.`,
    );
  }
  if (why.length > 0) {
    failGate(gate, why, seconds);
    finish(result.status || 1);
  }
  console.log(`✔ ${gate.name}: ${summaryLine(own)} (${seconds}s)`);
}

console.log('\nAll gates passed.');
finish(0);
