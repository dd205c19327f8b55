// Issue 19's targets, with the bare Next.js page measured in the same run, and how a figure is
// marked against them. Targets are reported, not asserted: timings belong to the bench, not to
// `npm test` (byte budgets are checked there).

export const REAL_BROWSER_TARGETS = {
  lcpMs: 500,
  lighthouseLcpMs: 1600,
  hydratedMs: 2000,
  tapToQuoteMs: 300,
  errors: 0,
};

/** Requests per second, as a share of the bare page's, by kind of page. */
export const RATIO_TARGETS = { home: 0.6, article: 0.45, result: 0.3 };

/**
 * 'pass' when `value` is within `limit` (at most it, or at least it with `atLeast`), 'miss' when
 * not, 'n/a' when there is no figure or no target.
 */
export function verdict(value, limit, { atLeast = false } = {}) {
  if (!Number.isFinite(value) || !Number.isFinite(limit)) return 'n/a';
  return (atLeast ? value >= limit : value <= limit) ? 'pass' : 'miss';
}

/** A table cell: the figure, then its mark ("612 miss", "388 pass"); no figure prints as "–". */
export function marked(value, limit, options) {
  if (!Number.isFinite(value)) return '–';
  const mark = verdict(value, limit, options);
  return mark === 'n/a' ? String(value) : `${value} ${mark}`;
}

/**
 * A page's load row against its target: the ratio must reach the kind's target, and the run must
 * have no errors and only 2xx answers. Pages of a kind without a target get 'n/a'.
 */
export function loadVerdict({ kind, ratio, errors, non2xx }) {
  const target = RATIO_TARGETS[kind];
  if (target === undefined) return 'n/a';
  if (errors > 0 || non2xx > 0) return 'miss';
  return verdict(ratio, target, { atLeast: true });
}

/**
 * The real-browser targets a page's median missed, in words ("LCP 620 ms > 500"): the pages the
 * trace mode records a trace for.
 */
export function missedTargets(median) {
  const checks = [
    ['LCP', median.lcpMs, REAL_BROWSER_TARGETS.lcpMs],
    ['hydrated', median.hydratedMs, REAL_BROWSER_TARGETS.hydratedMs],
    ['tap → quote', median.tapToQuoteMs, REAL_BROWSER_TARGETS.tapToQuoteMs],
  ];
  return checks
    .filter(([, value, limit]) => verdict(value, limit) === 'miss')
    .map(([name, value, limit]) => `${name} ${value} ms > ${limit}`);
}
