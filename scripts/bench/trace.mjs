// The trace mode: for each page whose real-browser median missed a target (or every page, with
// BENCH_TRACE=always), one more throttled run, traced. The raw trace stays in bench-results/ for
// DevTools; its summary (trace-summary.mjs) is printed, saved beside it and kept in the report.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tracedRun } from './real-browser.mjs';
import { missedTargets } from './targets.mjs';
import { summarizeTrace } from './trace-summary.mjs';
import { traceReport } from './trace-report.mjs';

/** Which pages to trace: none, the ones that missed a target, or all. */
export function pagesToTrace(pages, mode) {
  if (mode === 'off') return [];
  return pages
    .map((page) => ({ page, missed: missedTargets(page.real.median) }))
    .filter(({ missed }) => mode === 'always' || missed.length > 0);
}

/** Traces the chosen pages, adding `trace` to each; `dir` is bench-results/ under the root. */
export async function tracePages(chromePath, origin, pages, { mode, quoteSelector, root, log }) {
  for (const { page, missed } of pagesToTrace(pages, mode)) {
    const rawFile = `bench-results/trace-${page.name}.json`;
    log(`${page.name}: one traced throttled run (${missed.join(', ') || 'BENCH_TRACE=always'})…`);
    try {
      const { run, marks, events } = await tracedRun(chromePath, origin, page.path, {
        tracePath: join(root, rawFile),
        quoteSelector,
      });
      const summary = summarizeTrace(events, marks);
      const text = traceReport(page.name, summary, { missed, rawFile });
      writeFileSync(join(root, `bench-results/trace-${page.name}.md`), `${text}\n`);
      page.trace = { missed, rawFile, run, marks, summary, text };
    } catch (error) {
      page.trace = { missed, rawFile, error: String(error?.message ?? error).slice(0, 200) };
    }
  }
}
