// The median run of a page's throttled runs, and what went wrong in any of them.
import { medianOf } from './stats.mjs';

const TIMES = ['fcpMs', 'lcpMs', 'tbtMs', 'hydratedMs', 'tapToQuoteMs'];

/** Medians of the timings; errors counted over every run, the first few kept as examples. */
export function summarizeRealRuns(runs) {
  const last = runs.at(-1);
  const errors = runs.flatMap((run) => run.errors);
  return {
    runs: runs.length,
    median: medianOf(runs, TIMES),
    lcpElement: last?.lcpElement ?? null,
    hydrationSignal: last?.hydrationSignal ?? null,
    tapNote: runs.find((run) => run.tapNote)?.tapNote ?? null,
    errors: errors.length,
    errorExamples: [...new Set(errors)].slice(0, 3),
    all: runs,
  };
}
