import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestFile, staleBuild } from '../../../scripts/build-freshness.mjs';
import {
  fromPlaywright,
  judge,
  summaryLine,
  type LedgerEntry,
} from '../../../scripts/test-ledger.mjs';

const passed = (id: string): LedgerEntry => ({ runner: 'vitest', id, outcome: 'passed' });

describe('judge: the rules npm test holds every test to', () => {
  it('counts passed, failed (flaky included) and skipped, with no problem when all is well', () => {
    expect(
      judge([
        passed('a'),
        passed('b'),
        { runner: 'vitest', id: 'c', outcome: 'failed' },
        { runner: 'playwright', id: 'd', outcome: 'skipped', mode: 'skip', reason: 'Needs Safari' },
      ]),
    ).toEqual({ passed: 2, failed: 1, skipped: 1, problems: [] });
  });

  it('refuses a skip, todo or fixme without a written reason, and says how to give one', () => {
    const { problems, skipped } = judge([
      { runner: 'vitest', id: 'u > skipped', outcome: 'skipped', mode: 'skip' },
      { runner: 'vitest', id: 'u > later', outcome: 'skipped', mode: 'todo', reason: '  ' },
      { runner: 'playwright', id: 'e > broken', outcome: 'skipped', mode: 'fixme' },
    ]);
    expect(skipped).toBe(3);
    expect(problems).toEqual([
      "u > skipped: skipped without a written reason: delete it, or use ctx.skip('why') inside the test",
      "u > later: todo without a written reason: delete it, or use ctx.skip('why') inside the test",
      "e > broken: fixme without a written reason: delete it, or use test.skip(condition, 'why')",
    ]);
  });

  it('refuses a focused test and a flaky one', () => {
    const verdict = judge([
      { runner: 'vitest', id: 'alone', outcome: 'passed', mode: 'only' },
      { runner: 'playwright', id: 'wobbly', outcome: 'flaky' },
    ]);
    expect(verdict).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      problems: [
        'alone: focused with .only, which would run it alone: remove the .only',
        'wobbly: flaky (failed, then passed on a retry): fix it, do not retry it',
      ],
    });
  });

  it('ends the run with the line CI reads', () => {
    expect(summaryLine({ passed: 12, failed: 0, skipped: 3 })).toBe(
      '12 passed, 0 failed, 3 skipped',
    );
  });
});

describe('fromPlaywright', () => {
  it('reads nested suites, statuses and skip reasons from the JSON report', () => {
    const report = {
      suites: [
        {
          title: 'a.spec.ts',
          specs: [
            {
              title: 'works',
              file: 'a.spec.ts',
              tests: [{ projectName: 'chromium', status: 'expected', annotations: [] }],
            },
          ],
          suites: [
            {
              title: 'group',
              specs: [
                {
                  title: 'skipped with a reason',
                  file: 'a.spec.ts',
                  tests: [
                    {
                      projectName: 'chromium',
                      status: 'skipped',
                      annotations: [{ type: 'skip', description: 'Only on phones' }],
                    },
                  ],
                },
                {
                  title: 'skipped bare',
                  file: 'a.spec.ts',
                  tests: [
                    { projectName: 'chromium', status: 'skipped', annotations: [{ type: 'skip' }] },
                  ],
                },
                {
                  title: 'breaks',
                  file: 'a.spec.ts',
                  tests: [
                    {
                      projectName: 'chromium',
                      status: 'unexpected',
                      results: [{ status: 'failed' }],
                    },
                  ],
                },
                {
                  title: 'wobbles',
                  file: 'a.spec.ts',
                  tests: [{ projectName: 'chromium', status: 'flaky' }],
                },
              ],
            },
          ],
        },
      ],
      errors: [{ message: 'Error: test.only is not allowed\nat a.spec.ts:3' }],
    };
    expect(fromPlaywright(report)).toEqual([
      { runner: 'playwright', id: 'a.spec.ts > works [chromium]', outcome: 'passed' },
      {
        runner: 'playwright',
        id: 'a.spec.ts > group > skipped with a reason [chromium]',
        outcome: 'skipped',
        mode: 'skip',
        reason: 'Only on phones',
      },
      {
        runner: 'playwright',
        id: 'a.spec.ts > group > skipped bare [chromium]',
        outcome: 'skipped',
        mode: 'skip',
        reason: undefined,
      },
      {
        runner: 'playwright',
        id: 'a.spec.ts > group > breaks [chromium]',
        outcome: 'failed',
        detail: 'failed',
      },
      { runner: 'playwright', id: 'a.spec.ts > group > wobbles [chromium]', outcome: 'flaky' },
      {
        runner: 'playwright',
        id: 'error outside a test: Error: test.only is not allowed',
        outcome: 'failed',
      },
    ]);
  });
});

describe('staleBuild: the browser tests refuse a build older than its sources', () => {
  function project(buildAt: number, sourceAt: number) {
    const root = mkdtempSync(join(tmpdir(), 'freshness-'));
    mkdirSync(join(root, '.next'));
    mkdirSync(join(root, 'lib'));
    writeFileSync(join(root, '.next', 'BUILD_ID'), 'id');
    writeFileSync(join(root, 'lib', 'a.ts'), 'x');
    utimesSync(join(root, '.next', 'BUILD_ID'), buildAt, buildAt);
    utimesSync(join(root, 'lib', 'a.ts'), sourceAt, sourceAt);
    return root;
  }

  it('accepts a build made after the last change', () => {
    expect(staleBuild(project(2_000_000, 1_000_000))).toBeNull();
  });

  it('names the newer source file and says to build again', () => {
    const root = project(1_000_000, 2_000_000);
    expect(newestFile(['lib'], root)).toEqual({ file: 'lib/a.ts', mtimeMs: 2_000_000_000 });
    expect(staleBuild(root)).toMatch(/older than lib\/a\.ts .*run `npm run build` again/);
  });

  it('says to build first when there is no build', () => {
    const root = mkdtempSync(join(tmpdir(), 'freshness-'));
    expect(staleBuild(root)).toMatch(/^No production build found: run `npm run build` first/);
  });
});
