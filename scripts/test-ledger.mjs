// One list of test outcomes from every runner, and the rules `npm test` holds them to.

/** Playwright's JSON report as a ledger: one entry per test, with any skip reason it gave. */
export function fromPlaywright(report) {
  const entries = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const annotations = [...(spec.annotations ?? []), ...(test.annotations ?? [])];
        const skip = annotations.find((a) => a.type === 'skip' || a.type === 'fixme');
        const id = `${spec.file ?? path[0]} > ${[...path.slice(1), spec.title].join(' > ')}`;
        const project = test.projectName ? ` [${test.projectName}]` : '';
        const base = { runner: 'playwright', id: `${id}${project}` };
        const statuses = (test.results ?? []).map((r) => r.status);
        if (test.status === 'skipped') {
          entries.push({
            ...base,
            outcome: 'skipped',
            mode: skip?.type,
            reason: skip?.description,
          });
        } else if (test.status === 'flaky') {
          entries.push({ ...base, outcome: 'flaky' });
        } else if (test.status === 'expected') {
          entries.push({ ...base, outcome: 'passed' });
        } else {
          entries.push({ ...base, outcome: 'failed', detail: statuses.join(', ') });
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  for (const error of report.errors ?? []) {
    entries.push({
      runner: 'playwright',
      id: `error outside a test: ${String(error.message ?? '').split('\n')[0]}`,
      outcome: 'failed',
    });
  }
  return entries;
}

const hasReason = (reason) => typeof reason === 'string' && reason.trim().length > 0;

/**
 * The totals, and every rule broken: a focused test, a skipped/todo/fixme test without a written
 * reason, a flaky test (passed only on a retry).
 */
export function judge(entries) {
  const passed = entries.filter((e) => e.outcome === 'passed').length;
  const failed = entries.filter((e) => e.outcome === 'failed' || e.outcome === 'flaky').length;
  const skipped = entries.filter((e) => e.outcome === 'skipped').length;
  const problems = [];
  for (const e of entries) {
    if (e.mode === 'only') {
      problems.push(`${e.id}: focused with .only, which would run it alone: remove the .only`);
    }
    if (e.outcome === 'flaky') {
      problems.push(`${e.id}: flaky (failed, then passed on a retry): fix it, do not retry it`);
    }
    if (e.outcome === 'skipped' && !hasReason(e.reason)) {
      const how =
        e.runner === 'playwright'
          ? "test.skip(condition, 'why')"
          : "ctx.skip('why') inside the test";
      const what = e.mode === 'todo' || e.mode === 'fixme' ? e.mode : 'skipped';
      problems.push(`${e.id}: ${what} without a written reason: delete it, or use ${how}`);
    }
  }
  return { passed, failed, skipped, problems };
}

/** The closing line CI reads. */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}
