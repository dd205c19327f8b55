// What a reader on a phone gets: a real Chromium driven through Playwright, throttled with the
// DevTools protocol (slow 4G, CPU 4x slower), a cold cache each run, median of the runs.
import { chromium } from '@playwright/test';
import { armTapProbe, installProbes, quietSince, readProbes } from './probes.mjs';
import { summarizeRealRuns } from './real-summary.mjs';
import { totalBlockingTime } from './stats.mjs';

/** Slow 4G as Lighthouse defines it (150 ms RTT, 1.6 Mbps down, 750 kbps up) and a 4x CPU. */
export const THROTTLING = { latencyMs: 150, downKbps: 1.6 * 1024, upKbps: 750, cpuSlowdown: 4 };
const CITE = 'a[data-cite]';
// Hydration shows on these: only the client turns them on (see probes.mjs).
const ENHANCED = '[data-enhanced], a[data-cite][aria-expanded]';
// The quote itself, not the loading line (also .cite-quote-text) that comes before it.
const QUOTE = '[data-cite-quote] q, [data-cite-quote] blockquote';
const QUIET_MS = 2000;
// What DevTools' Performance panel records, JavaScript samples included, without screenshots.
const TRACE_CATEGORIES = [
  '-*',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'latencyInfo',
  'loading',
  'v8.execute',
];

async function throttledPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: (THROTTLING.downKbps * 1024) / 8,
    uploadThroughput: (THROTTLING.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
  await page.addInitScript(installProbes, ENHANCED);
  return { context, page };
}

/** Script errors, and our own requests that failed or answered 4xx/5xx, as short lines. */
function collectErrors(page, origin) {
  const errors = [];
  const ours = (url) => url.startsWith(origin);
  page.on('pageerror', (error) => errors.push(`script: ${error.message.slice(0, 80)}`));
  page.on('requestfailed', (request) => {
    if (ours(request.url()))
      errors.push(`failed: ${new URL(request.url()).pathname} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (ours(response.url()) && response.status() >= 400)
      errors.push(`${response.status()}: ${new URL(response.url()).pathname}`);
  });
  return errors;
}

/** Hydrated: the app's own marker if it sets one, else the later of the router and a control. */
function hydration({ marker, router, enhanced }) {
  if (marker !== undefined) return { ms: marker, signal: 'marker' };
  const seen = [router, enhanced].filter((value) => value !== undefined);
  if (seen.length === 0) return { ms: null, signal: 'none' };
  return { ms: Math.max(...seen), signal: enhanced === undefined ? 'router' : 'control' };
}

/** Taps the first citation and times its quote onto the screen; null where a page cites nothing. */
async function tapToQuote(page, quoteSelector) {
  const cite = page.locator(CITE).first();
  if ((await cite.count()) === 0) return { ms: null, note: 'no citation' };
  await cite.scrollIntoViewIfNeeded();
  await page.evaluate(armTapProbe, quoteSelector);
  await cite.tap();
  try {
    await page.waitForFunction(() => window.__bench.tap.shown !== undefined, null, {
      timeout: 15_000,
      polling: 50,
    });
  } catch {
    return { ms: null, note: 'no quote on screen within 15 s' };
  }
  const { at, shown } = await page.evaluate(() => window.__bench.tap);
  return { ms: Math.round(shown - at), note: null, at, shown };
}

/**
 * One cold, throttled load, then a tap on a citation. With `tracePath`, the run is traced (the
 * raw trace written there) and the trace's events come back with the probe's marks.
 */
async function oneRun(browser, origin, path, quoteSelector, tracePath = null) {
  const { context, page } = await throttledPage(browser);
  const errors = collectErrors(page, origin);
  let tracing = false;
  try {
    if (tracePath) {
      await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 90_000 });
    await page.waitForFunction(quietSince, QUIET_MS, { timeout: 60_000, polling: 100 });
    const probe = await page.evaluate(readProbes);
    const loadErrors = [...errors];
    const tap = await tapToQuote(page, quoteSelector);
    const hydrated = hydration(probe.hydration);
    const trace = tracing ? await browser.stopTracing() : null;
    tracing = false;
    const lcpMs = probe.lcp?.ms ?? null;
    const lcpElement = probe.lcp ? `${probe.lcp.element} “${probe.lcp.text}”` : null;
    const marks = {
      url: page.url(),
      lcpMs,
      lcpElement,
      hydratedMs: hydrated.ms,
      tapAtMs: tap.at ?? null,
      tapShownMs: tap.shown ?? null,
    };
    return {
      trace,
      marks,
      fcpMs: probe.fcpMs,
      lcpMs,
      lcpElement,
      tbtMs: totalBlockingTime(probe.longTasks, probe.fcpMs ?? 0, probe.nowMs),
      hydratedMs: hydrated.ms,
      hydrationSignal: hydrated.signal,
      tapToQuoteMs: tap.ms,
      tapNote: tap.note,
      errors: loadErrors,
    };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => null);
    await context.close();
  }
}

/** The figures of a run, without its trace and marks. */
function figures(run) {
  const copy = { ...run };
  delete copy.trace;
  delete copy.marks;
  return copy;
}

export async function realBrowserRuns(chromePath, origin, path, { runs, quoteSelector = QUOTE }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  const results = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      results.push(figures(await oneRun(browser, origin, path, quoteSelector)));
    }
  } finally {
    await browser.close();
  }
  return summarizeRealRuns(results);
}

/** One more throttled run of a page, traced into `tracePath`: its figures, events and marks. */
export async function tracedRun(chromePath, origin, path, { tracePath, quoteSelector = QUOTE }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  try {
    const { trace, marks, ...run } = await oneRun(browser, origin, path, quoteSelector, tracePath);
    return { run, marks, events: JSON.parse(trace.toString('utf8')).traceEvents };
  } finally {
    await browser.close();
  }
}
