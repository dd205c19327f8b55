// The rows of each table the bench prints, from the report it writes: pure, so a test can hold
// the marking and the arithmetic to written figures. Each page is { name, path, bytes, real,
// lighthouse }; the bare page comes first where it was measured the same way.
import { RATIO_TARGETS, REAL_BROWSER_TARGETS as T, marked } from './targets.mjs';
import { kb } from './stats.mjs';

const percent = (share) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : null);
const withStatus = (page) =>
  page.bytes && page.bytes.status !== 200 ? `${page.name} (${page.bytes.status})` : page.name;

export const WEIGHT_HEADERS = [
  'page',
  'HTML gzip KB',
  'HTML raw KB',
  'React payload KB',
  'payload share',
  'JS gzip KB',
];

export function weightRows(pages) {
  return pages.map((page) => [
    withStatus(page),
    kb(page.bytes.htmlGzip),
    kb(page.bytes.htmlRaw),
    kb(page.bytes.rscBytes),
    percent(page.bytes.rscShare),
    kb(page.bytes.jsGzip),
  ]);
}

export const REAL_HEADERS = [
  'page',
  'FCP ms',
  `LCP ms (≤${T.lcpMs})`,
  `Lighthouse LCP ms (≤${T.lighthouseLcpMs})`,
  'TBT ms',
  `hydrated ms (≤${T.hydratedMs})`,
  'hydration seen by',
  `tap→quote ms (≤${T.tapToQuoteMs})`,
  'errors (0)',
];

export function realRows(pages) {
  return pages.map((page) => {
    const m = page.real.median;
    return [
      withStatus(page),
      m.fcpMs,
      marked(m.lcpMs, T.lcpMs),
      marked(page.lighthouse?.median?.lcpMs, T.lighthouseLcpMs),
      m.tbtMs,
      marked(m.hydratedMs, T.hydratedMs),
      page.real.hydrationSignal,
      marked(m.tapToQuoteMs, T.tapToQuoteMs),
      marked(page.real.errors, T.errors),
    ];
  });
}

export const LIGHTHOUSE_HEADERS = ['page', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'TBT ms', 'CLS'];

export function lighthouseRows(pages) {
  return pages.map((page) => {
    const m = page.lighthouse.median;
    return [
      withStatus(page),
      m.performance,
      m.accessibility,
      m.bestPractices,
      m.seo,
      m.lcpMs,
      m.tbtMs,
      m.cls,
    ];
  });
}

export const LOAD_HEADERS = [
  'page',
  'status',
  'req/s',
  'p99 ms',
  'req/s ×bare',
  'target',
  'p99 ×bare',
  'errors',
];

export function loadRows(load) {
  return load.routes.map((row) => {
    const target = RATIO_TARGETS[row.kind];
    return [
      row.name,
      row.status,
      row.requestsPerSecond,
      row.latencyP99Ms,
      row.ratioToBare.requestsPerSecond,
      target === undefined ? null : `≥ ${target} ${row.verdict}`,
      row.ratioToBare.p99,
      row.errors + row.non2xx,
    ];
  });
}
