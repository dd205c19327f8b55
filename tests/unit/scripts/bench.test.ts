import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readOptions, selectPages, sourcePagePath } from '../../../scripts/bench/options.mjs';
import { htmlWeight, rscPayloadBytes, scriptSources } from '../../../scripts/bench/page-weight.mjs';
import { summarizeRealRuns, type RealRun } from '../../../scripts/bench/real-summary.mjs';
import {
  loadRows,
  realRows,
  weightRows,
  type LoadRow,
} from '../../../scripts/bench/report-rows.mjs';
import { median, medianOf, ratio, totalBlockingTime } from '../../../scripts/bench/stats.mjs';
import { formatTable } from '../../../scripts/bench/table.mjs';
import { loadVerdict, marked, verdict } from '../../../scripts/bench/targets.mjs';

// 474 bytes; two inline RSC scripts of 29 and 32 bytes ("é" is two bytes in UTF-8), one other
// inline script, two module scripts (one listed twice) and one noModule fallback.
const PAGE = readFileSync('tests/fixtures/bench/rsc-page.html', 'utf8');

describe('median and the other figures', () => {
  it('takes the middle value, or the mean of the two middle ones, skipping missing runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 7, Number.NaN, 3, undefined])).toBe(5);
    expect(median([])).toBeNull();
    expect(median([null])).toBeNull();
  });

  it('gives one rounded median per key, null where no run measured it', () => {
    const runs = [
      { lcpMs: 401.4, tapMs: null },
      { lcpMs: 520.6, tapMs: null },
      { lcpMs: 455.5, tapMs: null },
    ];
    expect(medianOf(runs, ['lcpMs', 'tapMs'])).toEqual({ lcpMs: 456, tapMs: null });
  });

  it('divides by the bare page to two decimals, and has no ratio without both figures', () => {
    expect(ratio(590, 1966)).toBe(0.3);
    expect(ratio(null, 1966)).toBeNull();
    expect(ratio(590, 0)).toBeNull();
  });

  it('counts blocking time as Lighthouse does: beyond 50 ms, clipped to the window', () => {
    const tasks = [
      { start: 100, duration: 120 }, // before FCP at 1000: not counted
      { start: 950, duration: 150 }, // 100 ms after FCP: 50 blocking
      { start: 2000, duration: 50 }, // exactly 50: 0 blocking
      { start: 3000, duration: 230.4 }, // 180.4 blocking
      { start: 9000, duration: 400 }, // after the window's end at 5000: not counted
    ];
    expect(totalBlockingTime(tasks, 1000, 5000)).toBe(230);
    expect(totalBlockingTime([], 0, 5000)).toBe(0);
  });
});

describe('the React payload share of a page', () => {
  it('counts the bytes of the self.__next_f.push scripts only', () => {
    expect(rscPayloadBytes(PAGE)).toBe(61);
  });

  it('gives the HTML raw and gzip bytes and the payload share', () => {
    const weight = htmlWeight(PAGE);
    expect(weight.htmlRaw).toBe(474);
    expect(weight.rscBytes).toBe(61);
    expect(weight.rscShare).toBe(0.129);
    expect(weight.htmlGzip).toBe(gzipSync(Buffer.from(PAGE)).length);
    expect(gunzipSync(gzipSync(Buffer.from(PAGE))).toString('utf8')).toBe(PAGE);
  });

  it('has a share of 0 for a page with no payload or no bytes', () => {
    expect(htmlWeight('<p>plain</p>').rscShare).toBe(0);
    expect(htmlWeight('').rscShare).toBe(0);
  });

  it('lists each module script once, unescaped, and leaves out the noModule fallback', () => {
    expect(scriptSources(PAGE)).toEqual([
      '/_next/static/chunks/main.js',
      '/_next/static/chunks/page.js?v=1&x=2',
    ]);
  });
});

describe('marking a figure against its target', () => {
  it('passes at or under a ceiling, misses over it, and marks nothing without a figure', () => {
    expect(marked(500, 500)).toBe('500 pass');
    expect(marked(612, 500)).toBe('612 miss');
    expect(marked(null, 500)).toBe('–');
    expect(marked(1840, undefined)).toBe('1840');
    expect(verdict(undefined, 300)).toBe('n/a');
  });

  it('passes a ratio at or over a floor', () => {
    expect(verdict(0.6, 0.6, { atLeast: true })).toBe('pass');
    expect(verdict(0.59, 0.6, { atLeast: true })).toBe('miss');
  });

  it('judges a load row by its kind of page, and any error or non-2xx misses', () => {
    expect(loadVerdict({ kind: 'home', ratio: 0.61, errors: 0, non2xx: 0 })).toBe('pass');
    expect(loadVerdict({ kind: 'home', ratio: 0.59, errors: 0, non2xx: 0 })).toBe('miss');
    expect(loadVerdict({ kind: 'article', ratio: 0.45, errors: 0, non2xx: 0 })).toBe('pass');
    expect(loadVerdict({ kind: 'article', ratio: 0.44, errors: 0, non2xx: 0 })).toBe('miss');
    expect(loadVerdict({ kind: 'result', ratio: 0.31, errors: 0, non2xx: 3 })).toBe('miss');
    expect(loadVerdict({ kind: 'result', ratio: 0.31, errors: 2, non2xx: 0 })).toBe('miss');
    expect(loadVerdict({ kind: 'index', ratio: 0.1, errors: 0, non2xx: 0 })).toBe('n/a');
  });
});

describe('the tables', () => {
  it('pads cells, left-aligns the first column, right-aligns the rest (headers too), prints – for none', () => {
    expect(
      formatTable(
        ['page', 'LCP ms'],
        [
          ['home', '576 miss'],
          ['therapy', null],
        ],
      ),
    ).toBe(
      [
        '| page    |   LCP ms |',
        '|:--------|---------:|',
        '| home    | 576 miss |',
        '| therapy |        – |',
      ].join('\n'),
    );
  });

  it('makes a weight row in KB with the payload share as a percentage', () => {
    const bytes = {
      status: 200,
      htmlRaw: 343_040,
      htmlGzip: 55_296,
      rscBytes: 188_672,
      rscShare: 0.55,
      jsGzip: 160_768,
    };
    expect(weightRows([{ name: 'therapy', bytes }])).toEqual([
      ['therapy', 54, 335, 184.3, '55%', 157],
    ]);
    expect(weightRows([{ name: 'source', bytes: { ...bytes, status: 404 } }])[0]?.[0]).toBe(
      'source (404)',
    );
  });

  it('makes a real-browser row with each timing marked against issue 19', () => {
    const page = {
      name: 'therapy',
      bytes: { status: 200, htmlRaw: 1, htmlGzip: 1, rscBytes: 0, rscShare: 0, jsGzip: 1 },
      real: {
        median: { fcpMs: 410, lcpMs: 924, tbtMs: 120, hydratedMs: 1900, tapToQuoteMs: 310 },
        hydrationSignal: 'control',
        errors: 0,
      },
      lighthouse: { median: { lcpMs: 1500 } },
    };
    expect(realRows([page])).toEqual([
      ['therapy', 410, '924 miss', '1500 pass', 120, '1900 pass', 'control', '310 miss', '0 pass'],
    ]);
  });

  it('makes a load row with the ratio target of its kind', () => {
    const row: LoadRow = {
      name: 'helper',
      kind: 'result',
      status: 200,
      requestsPerSecond: 511,
      latencyP99Ms: 180,
      errors: 0,
      non2xx: 0,
      ratioToBare: { requestsPerSecond: 0.26, p99: 3.1 },
      verdict: 'miss',
    };
    expect(loadRows({ routes: [row, { ...row, name: 'sources', kind: 'index' }] })).toEqual([
      ['helper', 200, 511, 180, 0.26, '≥ 0.3 miss', 3.1, 0],
      ['sources', 200, 511, 180, 0.26, null, 3.1, 0],
    ]);
  });
});

describe('a page’s throttled runs, summed up', () => {
  const run = (lcpMs: number, errors: string[], tapNote: string | null = null): RealRun => ({
    fcpMs: 300,
    lcpMs,
    lcpElement: 'h1 “Dry needling”',
    tbtMs: 40,
    hydratedMs: 1500,
    hydrationSignal: 'control',
    tapToQuoteMs: null,
    tapNote,
    errors,
  });

  it('takes the medians, counts every error and keeps distinct examples', () => {
    const summary = summarizeRealRuns([
      run(700, ['404: /sources/x/quotes.json']),
      run(500, []),
      run(600, ['404: /sources/x/quotes.json', 'script: boom'], 'no citation'),
    ]);
    expect(summary.median).toEqual({
      fcpMs: 300,
      lcpMs: 600,
      tbtMs: 40,
      hydratedMs: 1500,
      tapToQuoteMs: null,
    });
    expect(summary.errors).toBe(3);
    expect(summary.errorExamples).toEqual(['404: /sources/x/quotes.json', 'script: boom']);
    expect(summary.tapNote).toBe('no citation');
    expect(summary.runs).toBe(3);
  });
});

describe('which pages a run measures', () => {
  it('keeps the named pages in the table order', () => {
    expect(selectPages('therapy, home').map((page) => page.name)).toEqual(['home', 'therapy']);
    expect(selectPages(undefined).map((page) => page.name)).toEqual([
      'home',
      'therapy',
      'condition',
      'compare',
      'pair',
      'sources',
      'source',
      'helper',
      'search',
    ]);
  });

  it('refuses a page name it does not know, and lists the names it knows', () => {
    expect(() => selectPages('home,therapies')).toThrow(
      'BENCH_PAGES: no page named therapies; the pages are home, therapy, condition, compare, pair, sources, source, helper, search.',
    );
  });

  it('finds a source’s own page in the sitemap, not the index or its quote data', () => {
    expect(
      sourcePagePath(['/sources', '/sources/x/quotes.json', '/sources/who-2024', '/sources/b']),
    ).toBe('/sources/who-2024');
    expect(sourcePagePath(['/', '/sources'])).toBeNull();
  });

  it('makes --quick a short run: four pages, a source’s own among them, fewer runs, no build or scale', () => {
    const quick = readOptions(['--quick'], {});
    expect(quick.pages.map((page) => page.name)).toEqual(['home', 'therapy', 'source', 'helper']);
    expect([quick.realRuns, quick.lighthouseRuns, quick.loadDuration]).toEqual([3, 1, 5]);
    expect([quick.build, quick.scale]).toEqual([false, []]);
  });

  it('defaults to every page, five real runs, three Lighthouse runs, and reads the environment', () => {
    const full = readOptions([], {});
    expect([full.pages.length, full.realRuns, full.lighthouseRuns, full.build]).toEqual([
      9,
      5,
      3,
      true,
    ]);
    expect(full.scale).toEqual([10, 100, 1000]);
    const tuned = readOptions(['--no-scale', '--no-load'], {
      BENCH_PAGES: 'search',
      BENCH_REAL_RUNS: '7',
      BENCH_PORT: '3140',
    });
    expect([tuned.realRuns, tuned.port, tuned.load, tuned.scale]).toEqual([7, 3140, false, []]);
    expect(tuned.pages).toEqual([{ name: 'search', path: '/search?q=needle', kind: 'result' }]);
  });
});
