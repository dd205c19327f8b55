// Writes every Vitest test's outcome, its mode (skip, todo, only) and any skip note to
// reports/ledger/vitest.json, so `npm test` can count skipped tests and demand a reason for each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import type { LedgerEntry } from './test-ledger.mjs';

export const VITEST_LEDGER = 'reports/ledger/vitest.json';

export default class LedgerReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const entries: LedgerEntry[] = [];
    for (const testModule of testModules) {
      const file = relative(process.cwd(), testModule.moduleId);
      const tests = [...testModule.children.allTests()];
      if (tests.length === 0 && testModule.state() === 'failed') {
        entries.push({
          runner: 'vitest',
          id: `${file}: the file failed to load`,
          outcome: 'failed',
        });
      }
      for (const test of tests) {
        const result = test.result();
        const id = `${file} > ${test.fullName}`;
        const mode = test.options.mode === 'run' ? undefined : test.options.mode;
        if (result.state === 'skipped') {
          entries.push({ runner: 'vitest', id, outcome: 'skipped', mode, reason: result.note });
        } else {
          const outcome = result.state === 'passed' ? 'passed' : 'failed';
          entries.push({ runner: 'vitest', id, outcome, mode });
        }
      }
    }
    mkdirSync(dirname(VITEST_LEDGER), { recursive: true });
    writeFileSync(VITEST_LEDGER, `${JSON.stringify(entries, null, 2)}\n`);
  }
}
