// What the page itself records during a throttled run, installed before any of its scripts run.
// These functions run inside the browser (Playwright serialises them), so they import nothing.

/**
 * Records LCP candidates, long tasks and three hydration signals into `window.__bench`:
 * - `router`: Next's app router writes its state into history (`replaceState` with `__NA`) in
 *   the commit that hydrates the page: every Next page has it, the bare page too;
 * - `enhanced`: a control that only hydration turns on shows it (`data-enhanced` on the helper
 *   and feedback forms, `aria-expanded` on a citation number);
 * - `marker`: `<html data-hydrated>`, if the app ever sets one.
 */
export function installProbes(enhancedSelector) {
  const probe = { lcp: [], longTasks: [], hydration: {}, tap: {} };
  window.__bench = probe;
  const describe = (element) => {
    if (!element) return null;
    const classes =
      typeof element.className === 'string'
        ? element.className.split(/\s+/).filter(Boolean).slice(0, 2)
        : [];
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes.map((name) => `.${name}`).join('')}`;
  };
  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({
        type,
        buffered: true,
      });
    } catch {
      // this Chromium does not report that entry type: the figure stays empty
    }
  };
  observe('largest-contentful-paint', (entry) =>
    probe.lcp.push({
      ms: entry.startTime,
      element: describe(entry.element),
      text: entry.element ? (entry.element.textContent ?? '').trim().slice(0, 40) : null,
    }),
  );
  observe('longtask', (entry) =>
    probe.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  const replaceState = history.replaceState;
  history.replaceState = function (state, ...rest) {
    if (state && state.__NA && probe.hydration.router === undefined)
      probe.hydration.router = performance.now();
    return replaceState.call(this, state, ...rest);
  };
  new MutationObserver(() => {
    const now = performance.now();
    if (
      probe.hydration.marker === undefined &&
      document.documentElement.dataset.hydrated !== undefined
    )
      probe.hydration.marker = now;
    if (probe.hydration.enhanced === undefined && document.querySelector(enhancedSelector))
      probe.hydration.enhanced = now;
  }).observe(document, {
    attributes: true,
    subtree: true,
    attributeFilter: ['data-hydrated', 'data-enhanced', 'aria-expanded'],
  });
}

/** True once the load event is over and no long task has run for `quietMs`. */
export function quietSince(quietMs) {
  const navigation = performance.getEntriesByType('navigation')[0];
  if (!navigation || navigation.loadEventEnd === 0) return false;
  const last = window.__bench.longTasks.at(-1);
  const busyUntil = Math.max(navigation.loadEventEnd, last ? last.start + last.duration : 0);
  return performance.now() - busyUntil >= quietMs;
}

/** The figures the page recorded, read once the page is quiet. */
export function readProbes() {
  const probe = window.__bench;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    fcpMs: fcp ? fcp.startTime : null,
    lcp: probe.lcp.at(-1) ?? null,
    longTasks: probe.longTasks,
    hydration: probe.hydration,
    nowMs: performance.now(),
  };
}

/**
 * Arms the tap measure: the tap's own timestamp (touchstart), then the first frame after an
 * element matching `quoteSelector` is on screen with words in it.
 */
export function armTapProbe(quoteSelector) {
  const tap = window.__bench.tap;
  document.addEventListener(
    'touchstart',
    (event) => {
      if (tap.at === undefined) tap.at = event.timeStamp;
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    const quote = document.querySelector(quoteSelector);
    if (tap.at === undefined || !quote || quote.getClientRects().length === 0) return;
    if (!(quote.textContent ?? '').trim()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      tap.shown = performance.now();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}
