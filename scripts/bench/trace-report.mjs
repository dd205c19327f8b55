// A traced page's summary as the bench prints it and saves it (bench-results/trace-<page>.md):
// where the time went before LCP, before hydration and after a tap; the scripts that cost most;
// the long tasks; then the same in sentences (trace-explain.mjs).
import { formatTable } from './table.mjs';
import { kb } from './stats.mjs';
import { explainTrace } from './trace-explain.mjs';

const KINDS = ['parse', 'script', 'compile', 'style', 'layout', 'paint', 'gc', 'other', 'idle'];
const PHASE_HEADERS = ['until', 'from ms', 'to ms', ...KINDS.map((kind) => `${kind} ms`)];
const SCRIPT_HEADERS = ['script', 'gzip KB', 'in at ms', 'compile ms', 'evaluate ms'];
const PHASE_NAMES = { lcp: 'LCP', hydrated: 'hydrated', tap: 'tap → quote' };

/** One row per phase the run reached: its window, then each kind of main-thread time. */
export function phaseRows(phases) {
  return Object.entries(PHASE_NAMES)
    .filter(([key]) => phases[key])
    .map(([key, name]) => [
      name,
      phases[key].fromMs,
      phases[key].toMs,
      ...KINDS.map((kind) => phases[key][kind] ?? 0),
    ]);
}

/** The scripts that cost the main thread most, up to hydration (or LCP if later). */
export function scriptRows(scripts) {
  return scripts.map((each) => [
    each.script,
    each.gzipBytes === null ? null : kb(each.gzipBytes),
    each.arrivedMs,
    each.compileMs,
    each.evaluateMs,
  ]);
}

/** The whole block for one page, as Markdown. `missed` names the targets its median missed. */
export function traceReport(name, summary, { missed, rawFile }) {
  const { longTasks } = summary;
  const longest = longTasks.longest
    .map((task) => `${task.durationMs} ms at ${task.startMs} ms (${task.mostly ?? 'no script'})`)
    .join(', ');
  return [
    `### Trace: ${name} (${summary.url})`,
    '',
    `One throttled run, traced${missed.length ? `, because its median missed: ${missed.join(', ')}` : ''}. Raw trace: \`${rawFile}\` (open it in DevTools → Performance).`,
    '',
    'Main thread, ms from the navigation (idle: nothing ran on it; it waited on the network, on frames drawn by other threads, or on timers):',
    '',
    formatTable(PHASE_HEADERS, phaseRows(summary.phases)),
    '',
    formatTable(SCRIPT_HEADERS, scriptRows(summary.scripts)),
    '',
    `Long tasks: ${longTasks.count}, ${longTasks.totalMs} ms in all, ${longTasks.blockingMs} ms blocking${longest ? `; longest ${longest}` : ''}.`,
    '',
    ...explainTrace(summary).map((sentence) => `- ${sentence}`),
  ].join('\n');
}
