// Lighthouse 12 (mobile defaults: simulated slow 4G and 4x CPU) on the system Chromium, median of
// `runs`. Kept beside the real-browser run: issue 19 still sets a Lighthouse LCP target.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './stats.mjs';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
const KEYS = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'lcpMs',
  'tbtMs',
  'cls',
  'fcpMs',
];

/** The figures of one report; audits below full marks name the reasons behind a lower score. */
function figures({ categories, audits }) {
  const score = (key) =>
    categories[key].score === null ? null : Math.round(categories[key].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    failedAudits: Object.values(audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          ['binary', 'numeric'].includes(audit.scoreDisplayMode),
      )
      .map((audit) => audit.id),
  };
}

async function oneRun(chromePath, url) {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { runtimeError } = result.lhr;
    return runtimeError ? { error: runtimeError.message } : figures(result.lhr);
  } finally {
    await chrome.kill();
  }
}

export async function lighthouseRuns(chromePath, origin, path, count) {
  const runs = [];
  for (let run = 0; run < count; run += 1) {
    const result = await oneRun(chromePath, `${origin}${path}`);
    // A page that does not load (a 404) has no scores: say so in the report, measure the rest.
    if (result.error) return { runs, error: result.error, median: {}, missedAudits: [] };
    runs.push(result);
  }
  return {
    runs,
    median: Object.fromEntries(KEYS.map((key) => [key, median(runs.map((run) => run[key]))])),
    // Audits that missed in the majority of runs: the reasons behind a score under 100.
    missedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))].filter(
      (id) => runs.filter((run) => run.failedAudits.includes(id)).length > count / 2,
    ),
  };
}
