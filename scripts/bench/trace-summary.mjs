// One traced throttled run, summed up: where the time before LCP, before hydration and between a
// tap and its quote went (network, HTML parse, scripts by URL, style and layout, idle), the long
// tasks, and the task that committed hydration. Pure: the events come from a trace file, the
// marks (LCP element, hydration, tap) from the page's own probes in the same run.
import {
  findNavigation,
  lcpCandidate,
  mainThreadWork,
  networkRequests,
  timeByCategory,
} from './trace-events.mjs';

const LONG_TASK_MS = 50;
const round = (ms) => (Number.isFinite(ms) ? Math.round(ms) : null);

/** The buckets of a window, rounded, with the window's own bounds. */
function phase(segments, from, to) {
  if (!Number.isFinite(to)) return null;
  const buckets = timeByCategory(segments, from, to);
  return {
    fromMs: round(from),
    toMs: round(to),
    ...Object.fromEntries(Object.entries(buckets).map(([key, ms]) => [key, round(ms)])),
  };
}

/** A URL as the tables print it: the page's own inline scripts, else its path. */
export function shortUrl(url, pageUrl) {
  if (!url) return '(no URL: a browser event)';
  if (url === pageUrl) return 'inline scripts in the HTML';
  try {
    const { pathname } = new URL(url);
    return pathname.replace(/^\/_next\/static\/chunks\//, '…/chunks/');
  } catch {
    return url;
  }
}

/** Compile and evaluate time per script URL up to `to`, biggest first, with its download. */
function scriptCosts(segments, requests, to, pageUrl, top) {
  const byUrl = new Map();
  for (const segment of segments) {
    if (segment.category !== 'script' && segment.category !== 'compile') continue;
    const overlap = Math.min(segment.end, to) - segment.start;
    if (overlap <= 0) continue;
    const key = segment.url ?? '';
    const cost = byUrl.get(key) ?? { compileMs: 0, evaluateMs: 0 };
    cost[segment.category === 'compile' ? 'compileMs' : 'evaluateMs'] += overlap;
    byUrl.set(key, cost);
  }
  return [...byUrl.entries()]
    .map(([url, cost]) => {
      const request = requests.find((each) => each.url === url);
      return {
        script: shortUrl(url || null, pageUrl),
        compileMs: round(cost.compileMs),
        evaluateMs: round(cost.evaluateMs),
        totalMs: round(cost.compileMs + cost.evaluateMs),
        gzipBytes: request && url !== pageUrl ? request.encodedBytes : null,
        arrivedMs: request && url !== pageUrl ? round(request.lastByteMs) : null,
      };
    })
    .filter((cost) => cost.totalMs > 0)
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
}

/**
 * What a stretch of the main thread mostly did: the script with the most time in it when scripts
 * took at least half of it, else the biggest kind of work ("style", "parse", …).
 */
function mostlyIn(segments, from, to, pageUrl) {
  const inside = segments.filter((segment) => segment.start >= from && segment.end <= to);
  const work = timeByCategory(inside, from, to);
  delete work.idle;
  const busy = Object.values(work).reduce((sum, ms) => sum + ms, 0);
  const scriptMs = (work.script ?? 0) + (work.compile ?? 0);
  const [script] = scriptCosts(inside, [], to, pageUrl, 1);
  if (script && scriptMs * 2 >= busy) return script.script;
  return Object.entries(work).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Tasks over 50 ms up to `to`: how many, their time, their blocking part, the three longest. */
function longTasks(tasks, segments, to, pageUrl) {
  const long = tasks
    .filter((task) => task.start >= 0 && task.start < to && task.end - task.start > LONG_TASK_MS)
    .map((task) => ({
      startMs: round(task.start),
      durationMs: round(task.end - task.start),
      mostly: mostlyIn(segments, task.start, task.end, pageUrl),
    }));
  return {
    count: long.length,
    totalMs: long.reduce((sum, task) => sum + task.durationMs, 0),
    blockingMs: long.reduce((sum, task) => sum + task.durationMs - LONG_TASK_MS, 0),
    longest: [...long].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3),
  };
}

/**
 * Where the window's "other" time (tasks that name no event for it) mostly sits: the task with
 * the most of it, and the named step that task spent longest on ("around" it).
 */
function unnamedWork(tasks, segments, from, to) {
  if (!Number.isFinite(to)) return null;
  const clip = (segment, start, end) =>
    Math.max(0, Math.min(segment.end, end, to) - Math.max(segment.start, start, from));
  const ranked = tasks
    .filter((task) => task.end > from && task.start < to)
    .map((task) => {
      const inside = segments.filter((segment) => clip(segment, task.start, task.end) > 0);
      const otherMs = inside
        .filter((segment) => segment.category === 'other')
        .reduce((sum, segment) => sum + clip(segment, task.start, task.end), 0);
      const named = inside
        .filter((segment) => segment.category !== 'other')
        .sort((a, b) => clip(b, task.start, task.end) - clip(a, task.start, task.end))[0];
      return { task, otherMs, around: named?.name ?? null };
    })
    .sort((a, b) => b.otherMs - a.otherMs);
  const top = ranked[0];
  if (!top || top.otherMs < 1) return null;
  return {
    startMs: round(top.task.start),
    durationMs: round(top.task.end - top.task.start),
    otherMs: round(top.otherMs),
    around: top.around,
  };
}

/** The task running when the page was seen hydrated: React's hydration commit is in it. */
function hydrationTask(tasks, segments, hydratedMs, pageUrl) {
  if (!Number.isFinite(hydratedMs)) return null;
  const task = tasks.find((each) => each.start <= hydratedMs && each.end >= hydratedMs);
  if (!task) return { atMs: round(hydratedMs), taskStartMs: null, taskMs: null, mostly: null };
  return {
    atMs: round(hydratedMs),
    taskStartMs: round(task.start),
    taskMs: round(task.end - task.start),
    mostly: mostlyIn(segments, task.start, task.end, pageUrl),
  };
}

/** The document's own request: first and last byte, bytes on the wire and decoded. */
function documentTiming(requests, navigation, url) {
  const document =
    requests.find((request) => request.id === navigation.id) ??
    requests.find((request) => request.url === url && request.type === 'Document');
  if (!document) return null;
  return {
    firstByteMs: round(document.firstByteMs),
    lastByteMs: round(document.lastByteMs),
    gzipBytes: document.encodedBytes,
    rawBytes: document.decodedBytes,
  };
}

/** What arrived over the network for a purpose: count, bytes, and when the last one was in. */
function arrivals(requests, keep) {
  const kept = requests.filter(keep);
  const last = Math.max(...kept.map((request) => request.lastByteMs ?? 0));
  return {
    count: kept.length,
    gzipBytes: kept.reduce((sum, request) => sum + request.encodedBytes, 0),
    lastByteMs: kept.length ? round(last) : null,
  };
}

/** The LCP: when, what (the probe's element description), and when its content arrived. */
function lcpDetails(events, navigation, marks, requests, document) {
  const traced = lcpCandidate(events, navigation);
  const ms = traced?.ms ?? marks.lcpMs ?? null;
  const image = traced?.imageUrl ? requests.find((each) => each.url === traced.imageUrl) : null;
  return {
    ms: round(ms),
    type: traced?.type ?? null,
    element: marks.lcpElement ?? traced?.nodeName ?? null,
    resource: image
      ? { url: image.url, sentMs: round(image.sentMs), lastByteMs: round(image.lastByteMs) }
      : null,
    // A text LCP comes with the HTML: its words were in by the document's last byte at latest.
    contentArrivedMs: image ? round(image.lastByteMs) : (document?.lastByteMs ?? null),
  };
}

/**
 * The summary of one traced run. `marks`: the page URL, and the probe's figures from the same
 * run in ms from the navigation (lcpMs, lcpElement, hydratedMs, tapAtMs, tapShownMs).
 */
export function summarizeTrace(events, marks) {
  const navigation = findNavigation(events, marks.url);
  const { segments, tasks } = mainThreadWork(events, navigation);
  const requests = networkRequests(events, navigation);
  const document = documentTiming(requests, navigation, marks.url);
  const lcp = lcpDetails(events, navigation, marks, requests, document);
  const end = Math.max(lcp.ms ?? 0, marks.hydratedMs ?? 0);
  const tapped = Number.isFinite(marks.tapAtMs) && Number.isFinite(marks.tapShownMs);
  return {
    url: marks.url,
    document,
    lcp,
    renderBlocking: arrivals(requests, (request) => request.renderBlocking),
    scriptsDownloaded: arrivals(
      requests,
      (request) => request.type === 'Script' && request.sentMs < (marks.hydratedMs ?? end),
    ),
    phases: {
      lcp: phase(segments, 0, lcp.ms),
      hydrated: phase(segments, 0, marks.hydratedMs),
      tap: tapped ? phase(segments, marks.tapAtMs, marks.tapShownMs) : null,
    },
    unnamed: {
      lcp: unnamedWork(tasks, segments, 0, lcp.ms),
      hydrated: unnamedWork(tasks, segments, 0, marks.hydratedMs),
    },
    scripts: scriptCosts(segments, requests, end, marks.url, 5),
    longTasks: longTasks(tasks, segments, end, marks.url),
    hydration: hydrationTask(tasks, segments, marks.hydratedMs, marks.url),
    tapFetches: tapped
      ? requests
          .filter(
            (request) => request.sentMs >= marks.tapAtMs && request.sentMs <= marks.tapShownMs,
          )
          .map((request) => ({
            url: shortUrl(request.url, marks.url),
            sentMs: round(request.sentMs - marks.tapAtMs),
            lastByteMs: Number.isFinite(request.lastByteMs)
              ? round(request.lastByteMs - marks.tapAtMs)
              : null,
            gzipBytes: request.encodedBytes,
          }))
      : [],
  };
}
