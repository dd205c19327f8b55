// A trace summary (trace-summary.mjs) in sentences a developer acts on: for LCP, hydration and
// tap → quote, where the time went, biggest share first, and the lever that share points to.
import { kb } from './stats.mjs';

/** What each kind of main-thread time is, in words, and what shrinks it. */
const WORK = {
  parse: {
    words: 'loading and parsing HTML',
    lever: 'less HTML to parse (a smaller React payload)',
  },
  script: { words: 'running scripts', lever: 'less JavaScript before this point' },
  compile: { words: 'compiling scripts', lever: 'less JavaScript before this point' },
  style: { words: 'computing styles', lever: 'less CSS or fewer elements' },
  layout: { words: 'layout', lever: 'fewer elements on the first screen' },
  paint: { words: 'painting', lever: 'fewer layers and elements to paint' },
  gc: { words: 'garbage collection', lever: 'fewer objects built while loading' },
  other: {
    words: 'browser work no trace event names',
    lever: 'in the raw trace: open it in DevTools to see those tasks',
  },
  idle: { words: 'idle', lever: 'the network' },
};

const ORDER = Object.keys(WORK);

/** A phase's kinds of work, biggest first; equal ones in WORK's order, so the text is stable. */
function byShare(phase) {
  return Object.entries(phase)
    .filter(([key]) => key in WORK)
    .sort((a, b) => b[1] - a[1] || ORDER.indexOf(a[0]) - ORDER.indexOf(b[0]));
}

/** "820 ms running scripts, 140 ms parsing HTML, …": the parts of ≥ 10 ms, biggest first. */
export function describePhase(phase) {
  return byShare(phase)
    .filter(([, ms]) => ms >= 10)
    .map(([key, ms]) => `${ms} ms ${WORK[key].words}`)
    .join(', ');
}

/** The biggest main-thread share of a phase, with its lever. */
function biggest(phase) {
  const [key, ms] = byShare(phase)[0] ?? ['idle', 0];
  return { key, ms, ...WORK[key] };
}

/** For "other" time: the task most of it sits in, and the named step inside that task. */
function unnamedNote(unnamed) {
  if (!unnamed) return '';
  const around = unnamed.around ? `, around ${unnamed.around}` : '';
  return ` (${unnamed.otherMs} ms of it in one ${unnamed.durationMs} ms task at ${unnamed.startMs} ms${around}; no script ran in it)`;
}

/** What the biggest share points to: the top script for script time, the task for "other". */
function detail(main, summary, unnamed) {
  if (main.key === 'script' || main.key === 'compile') return topScript(summary);
  if (main.key === 'other') return unnamedNote(unnamed);
  return '';
}

/**
 * What idle main-thread time waits on: the network while what the moment needed was still
 * arriving (its last byte past half of the moment), else frames or timers, not the network.
 */
export function idleLever(networkDoneMs, atMs) {
  if (!Number.isFinite(networkDoneMs) || networkDoneMs >= atMs / 2)
    return `fewer or smaller downloads before this point (the last was in at ${networkDoneMs ?? '?'} ms)`;
  return `not the network (all it needed was in by ${networkDoneMs} ms): the main thread waited on frames drawn by other threads or on timers; the raw trace shows which`;
}

/** The lever of a phase's biggest share; idle time's depends on when the network was done. */
const leverOf = (main, networkDoneMs, atMs) =>
  main.key === 'idle' ? idleLever(networkDoneMs, atMs) : main.lever;

const topScript = (summary) =>
  summary.scripts[0]
    ? ` (top: ${summary.scripts[0].script}, ${summary.scripts[0].totalMs} ms)`
    : '';

function explainLcp(summary) {
  const { lcp, document, renderBlocking, phases } = summary;
  if (!phases.lcp) return null;
  const parts = [`LCP ${lcp.ms} ms (${[lcp.type, lcp.element].filter(Boolean).join(' ')})`];
  if (document) {
    parts.push(
      `: the HTML's first byte came at ${document.firstByteMs} ms and its last at ${document.lastByteMs} ms (${kb(document.gzipBytes)} KB over slow 4G)`,
    );
  }
  if (lcp.resource) {
    parts.push(
      `; its image was requested at ${lcp.resource.sentMs} ms and in at ${lcp.resource.lastByteMs} ms`,
    );
  }
  if (renderBlocking.count) {
    parts.push(
      `; ${renderBlocking.count} render-blocking file(s), ${kb(renderBlocking.gzipBytes)} KB, were in by ${renderBlocking.lastByteMs} ms`,
    );
  }
  parts.push(`; until the paint the main thread spent ${describePhase(phases.lcp)}.`);
  const htmlShare = document ? Math.min(document.lastByteMs, lcp.ms) / lcp.ms : 0;
  const main = biggest(phases.lcp);
  const networkDone = Math.max(
    document?.lastByteMs ?? 0,
    renderBlocking.lastByteMs ?? 0,
    lcp.resource?.lastByteMs ?? 0,
  );
  const lever =
    htmlShare >= 0.5
      ? ` Mostly the network: ${Math.round(htmlShare * 100)}% of it is the HTML arriving; send fewer HTML bytes.`
      : ` Biggest share: ${main.words} (${main.ms} ms)${detail(main, summary, summary.unnamed?.lcp)}; the lever is ${leverOf(main, networkDone, lcp.ms)}.`;
  return parts.join('') + lever;
}

function explainHydration(summary) {
  const { phases, scriptsDownloaded, hydration, longTasks } = summary;
  if (!phases.hydrated) return null;
  const main = biggest(phases.hydrated);
  const task = hydration?.taskMs
    ? ` The commit ran in a ${hydration.taskMs} ms task from ${hydration.taskStartMs} ms${hydration.mostly ? `, mostly ${hydration.mostly}` : ''}.`
    : '';
  return (
    `Hydrated at ${hydration.atMs} ms: ${scriptsDownloaded.count} script(s), ${kb(scriptsDownloaded.gzipBytes)} KB, were downloaded, the last in at ${scriptsDownloaded.lastByteMs} ms; ` +
    `until then the main thread spent ${describePhase(phases.hydrated)}, with ${longTasks.count} long task(s) blocking ${longTasks.blockingMs} ms.${task}` +
    ` Biggest share: ${main.words} (${main.ms} ms)${detail(main, summary, summary.unnamed?.hydrated)}; the lever is ${leverOf(main, scriptsDownloaded.lastByteMs, hydration.atMs)}.`
  );
}

function explainTap(summary) {
  const { phases, tapFetches } = summary;
  if (!phases.tap) return null;
  const total = phases.tap.toMs - phases.tap.fromMs;
  const fetches = tapFetches.length
    ? tapFetches
        .map(
          (each) =>
            `${each.url} sent at +${each.sentMs} ms, in at +${each.lastByteMs ?? '?'} ms (${kb(each.gzipBytes)} KB)`,
        )
        .join('; ')
    : 'nothing fetched';
  return `Tap → quote ${total} ms: ${fetches}; the main thread spent ${describePhase(phases.tap) || 'under 10 ms on anything'}.`;
}

/** The sentences for a traced page, LCP first; a measure the run did not reach is left out. */
export function explainTrace(summary) {
  return [explainLcp(summary), explainHydration(summary), explainTap(summary)].filter(Boolean);
}
