import { describe, expect, it } from 'vitest';
import { traceMode } from '../../../scripts/bench/options.mjs';
import { missedTargets } from '../../../scripts/bench/targets.mjs';
import { describePhase, explainTrace, idleLever } from '../../../scripts/bench/trace-explain.mjs';
import { phaseRows, scriptRows, traceReport } from '../../../scripts/bench/trace-report.mjs';
import {
  shortUrl,
  summarizeTrace,
  type TraceEvent,
} from '../../../scripts/bench/trace-summary.mjs';

// A small trace of one throttled page load, in the shape Chrome writes (ts and dur in µs). The
// navigation starts at 1 s of trace time, so every figure below is "ms after the navigation".
const PAGE = 'https://example.test/therapies/dry-needling';
const MAIN = { pid: 10, tid: 11 };
const at = (ms: number) => 1_000_000 + ms * 1000;
const slice = (name: string, fromMs: number, toMs: number, data?: object): TraceEvent => ({
  name,
  ph: 'X',
  ts: at(fromMs),
  dur: (toMs - fromMs) * 1000,
  ...MAIN,
  args: data ? { data } : {},
});
const mark = (name: string, ms: number, data: object, where = MAIN): TraceEvent => ({
  name,
  ph: 'I',
  ts: at(ms),
  ...where,
  args: { data },
});
/** A request: sent, first byte (headers in), last byte (finish), bytes on the wire. */
function request(
  id: string,
  url: string,
  type: string,
  ms: [number, number, number],
  bytes: number,
) {
  const [sent, firstByte, lastByte] = ms;
  const seconds = (each: number) => at(each) / 1_000_000;
  return [
    mark('ResourceSendRequest', sent, {
      requestId: id,
      url,
      resourceType: type,
      renderBlocking: type === 'Stylesheet' ? 'blocking' : 'non_blocking',
    }),
    mark('ResourceReceiveResponse', firstByte, {
      requestId: id,
      statusCode: 200,
      timing: { requestTime: seconds(sent), receiveHeadersEnd: firstByte - sent },
    }),
    mark('ResourceFinish', lastByte, {
      requestId: id,
      finishTime: seconds(lastByte),
      encodedDataLength: bytes,
      decodedBodyLength: bytes * 5,
    }),
  ];
}

const EVENTS: TraceEvent[] = [
  // An about:blank navigation before the page's own: not the one measured.
  {
    name: 'navigationStart',
    ph: 'R',
    ts: at(-100),
    ...MAIN,
    args: { data: { documentLoaderURL: '' } },
  },
  {
    name: 'navigationStart',
    ph: 'R',
    ts: at(0),
    ...MAIN,
    args: { data: { documentLoaderURL: PAGE, isLoadingMainFrame: true, navigationId: 'NAV1' } },
  },
  // The document: Chrome logs its send late, at commit; the response's timing has the real send.
  ...request('NAV1', PAGE, 'Document', [10, 200, 400], 20 * 1024).map((event, index) =>
    index === 0 ? { ...event, ts: at(250) } : event,
  ),
  ...request('10.2', 'https://example.test/app.css', 'Stylesheet', [210, 360, 450], 5 * 1024),
  ...request(
    '10.3',
    'https://example.test/_next/static/chunks/main.js',
    'Script',
    [220, 400, 900],
    100 * 1024,
  ),
  // The document loader's own step counts as loading the HTML; the rest of its task is "other".
  slice('RunTask', 100, 130),
  slice('DocumentLoader::CommitNavigation', 100, 120),
  // Parsing the HTML runs an inline script (50 ms, 10 of them compiling).
  slice('RunTask', 200, 350),
  slice('ParseHTML', 200, 350),
  slice('EvaluateScript', 250, 310, { url: PAGE }),
  slice('v8.compile', 250, 260, { url: PAGE }),
  slice('RunTask', 450, 495),
  slice('UpdateLayoutTree', 450, 470),
  slice('Layout', 470, 495),
  {
    name: 'largestContentfulPaint::Candidate',
    ph: 'R',
    ts: at(500),
    ...MAIN,
    args: {
      data: { type: 'text', nodeName: 'H1', navigationId: 'NAV1', isOutermostMainFrame: true },
    },
  },
  // main.js: 50 ms compiling, 250 running; then hydration's commit in a 100 ms task.
  slice('RunTask', 950, 1250),
  slice('EvaluateScript', 950, 1250, { url: 'https://example.test/_next/static/chunks/main.js' }),
  slice('v8.compile', 950, 1000, { url: 'https://example.test/_next/static/chunks/main.js' }),
  slice('RunTask', 1300, 1400),
  slice('FunctionCall', 1300, 1390, { url: 'https://example.test/_next/static/chunks/main.js' }),
  // Another thread's work is not the main thread's.
  { ...slice('EvaluateScript', 200, 1200, { url: PAGE }), tid: 99 },
  // After the tap at 2000 ms: the quotes are fetched, then shown.
  ...request(
    '10.4',
    'https://example.test/sources/a/quotes.json',
    'Fetch',
    [2020, 2180, 2200],
    2048,
  ),
  slice('RunTask', 2210, 2240),
  slice('FunctionCall', 2210, 2230, { url: 'https://example.test/_next/static/chunks/main.js' }),
  slice('UpdateLayoutTree', 2230, 2240),
];

const MARKS = {
  url: PAGE,
  lcpMs: 500,
  lcpElement: 'h1.title “Dry needling”',
  hydratedMs: 1380,
  tapAtMs: 2000,
  tapShownMs: 2250,
};

describe('a trace summed up', () => {
  const summary = summarizeTrace(EVENTS, MARKS);

  it('times the HTML, the render-blocking CSS and the scripts on the network', () => {
    expect(summary.document).toEqual({
      firstByteMs: 200,
      lastByteMs: 400,
      gzipBytes: 20480,
      rawBytes: 102400,
    });
    expect(summary.renderBlocking).toEqual({ count: 1, gzipBytes: 5120, lastByteMs: 450 });
    expect(summary.scriptsDownloaded).toEqual({ count: 1, gzipBytes: 102400, lastByteMs: 900 });
    expect(summary.lcp).toMatchObject({
      ms: 500,
      type: 'text',
      element: 'h1.title “Dry needling”',
    });
  });

  it('splits each window into kinds of main-thread work, the rest idle', () => {
    expect(summary.phases.lcp).toEqual({
      fromMs: 0,
      toMs: 500,
      parse: 110,
      other: 10,
      script: 50,
      compile: 10,
      style: 20,
      layout: 25,
      idle: 275,
    });
    expect(summary.phases.hydrated).toEqual({
      fromMs: 0,
      toMs: 1380,
      parse: 110,
      other: 10,
      script: 380,
      compile: 60,
      style: 20,
      layout: 25,
      idle: 775,
    });
    expect(summary.phases.tap).toEqual({
      fromMs: 2000,
      toMs: 2250,
      script: 20,
      style: 10,
      idle: 220,
    });
  });

  it('ranks scripts by compile plus evaluate time, with their download', () => {
    expect(summary.scripts).toEqual([
      {
        script: '…/chunks/main.js',
        compileMs: 50,
        evaluateMs: 330,
        totalMs: 380,
        gzipBytes: 102400,
        arrivedMs: 900,
      },
      {
        script: 'inline scripts in the HTML',
        compileMs: 10,
        evaluateMs: 50,
        totalMs: 60,
        gzipBytes: null,
        arrivedMs: null,
      },
    ]);
  });

  it('finds the long tasks and the task that committed hydration', () => {
    expect(summary.longTasks).toEqual({
      count: 3,
      totalMs: 550,
      blockingMs: 400,
      longest: [
        { startMs: 950, durationMs: 300, mostly: '…/chunks/main.js' },
        { startMs: 200, durationMs: 150, mostly: 'parse' },
        { startMs: 1300, durationMs: 100, mostly: '…/chunks/main.js' },
      ],
    });
    expect(summary.hydration).toEqual({
      atMs: 1380,
      taskStartMs: 1300,
      taskMs: 100,
      mostly: '…/chunks/main.js',
    });
    expect(summary.unnamed.lcp).toEqual({
      startMs: 100,
      durationMs: 30,
      otherMs: 10,
      around: 'DocumentLoader::CommitNavigation',
    });
    expect(summary.tapFetches).toEqual([
      { url: '/sources/a/quotes.json', sentMs: 20, lastByteMs: 200, gzipBytes: 2048 },
    ]);
  });

  it('says where each missed target’s time went, in words', () => {
    expect(explainTrace(summary)).toEqual([
      "LCP 500 ms (text h1.title “Dry needling”): the HTML's first byte came at 200 ms and its last at 400 ms (20 KB over slow 4G); 1 render-blocking file(s), 5 KB, were in by 450 ms; until the paint the main thread spent 275 ms idle, 110 ms loading and parsing HTML, 50 ms running scripts, 25 ms layout, 20 ms computing styles, 10 ms compiling scripts, 10 ms browser work no trace event names. Mostly the network: 80% of it is the HTML arriving; send fewer HTML bytes.",
      'Hydrated at 1380 ms: 1 script(s), 100 KB, were downloaded, the last in at 900 ms; until then the main thread spent 775 ms idle, 380 ms running scripts, 110 ms loading and parsing HTML, 60 ms compiling scripts, 25 ms layout, 20 ms computing styles, 10 ms browser work no trace event names, with 3 long task(s) blocking 400 ms. The commit ran in a 100 ms task from 1300 ms, mostly …/chunks/main.js. Biggest share: idle (775 ms); the lever is fewer or smaller downloads before this point (the last was in at 900 ms).',
      'Tap → quote 250 ms: /sources/a/quotes.json sent at +20 ms, in at +200 ms (2 KB); the main thread spent 220 ms idle, 20 ms running scripts, 10 ms computing styles.',
    ]);
  });

  it('prints the windows and the scripts as table rows, and the block with its raw file', () => {
    expect(phaseRows(summary.phases)[0]).toEqual([
      'LCP',
      0,
      500,
      110,
      50,
      10,
      20,
      25,
      0,
      0,
      10,
      275,
    ]);
    expect(scriptRows(summary.scripts)[0]).toEqual(['…/chunks/main.js', 100, 900, 50, 330]);
    const text = traceReport('therapy', summary, {
      missed: ['LCP 620 ms > 500'],
      rawFile: 'bench-results/trace-therapy.json',
    });
    expect(text).toContain('because its median missed: LCP 620 ms > 500');
    expect(text).toContain('`bench-results/trace-therapy.json`');
    expect(text).toContain(
      'Long tasks: 3, 550 ms in all, 400 ms blocking; longest 300 ms at 950 ms',
    );
  });
});

describe('when a figure or the navigation is missing', () => {
  it('names the page when the trace has no navigation to it', () => {
    expect(() => summarizeTrace(EVENTS, { url: 'https://example.test/other' })).toThrow(
      'trace: no navigationStart for https://example.test/other',
    );
  });

  it('leaves out the windows the run did not reach', () => {
    const summary = summarizeTrace(EVENTS, { url: PAGE, hydratedMs: null });
    expect(summary.phases.hydrated).toBeNull();
    expect(summary.phases.tap).toBeNull();
    expect(summary.lcp.ms).toBe(500);
    expect(explainTrace(summary)).toHaveLength(1);
  });

  it('points "other" time at the task it sits in when it is the biggest share', () => {
    const events: TraceEvent[] = [
      EVENTS[1]!,
      slice('RunTask', 0, 600),
      slice('DocumentLoader::CommitNavigation', 0, 100),
    ];
    const summary = summarizeTrace(events, { url: PAGE, lcpMs: 700, lcpElement: 'p' });
    expect(explainTrace(summary)).toEqual([
      'LCP 700 ms (p); until the paint the main thread spent 500 ms browser work no trace event names, 100 ms loading and parsing HTML, 100 ms idle. Biggest share: browser work no trace event names (500 ms) (500 ms of it in one 600 ms task at 0 ms, around DocumentLoader::CommitNavigation; no script ran in it); the lever is in the raw trace: open it in DevTools to see those tasks.',
    ]);
  });

  it('blames idle time on the network only while the network was still bringing what was needed', () => {
    expect(idleLever(1900, 2000)).toBe(
      'fewer or smaller downloads before this point (the last was in at 1900 ms)',
    );
    expect(idleLever(468, 2522)).toBe(
      'not the network (all it needed was in by 468 ms): the main thread waited on frames drawn by other threads or on timers; the raw trace shows which',
    );
  });

  it('keeps only the parts of 10 ms or more when describing a window', () => {
    expect(describePhase({ fromMs: 0, toMs: 40, script: 30, style: 9, idle: 1 })).toBe(
      '30 ms running scripts',
    );
  });

  it('names scripts by path, the page itself as its inline scripts', () => {
    expect(shortUrl(PAGE, PAGE)).toBe('inline scripts in the HTML');
    expect(shortUrl('https://example.test/_next/static/chunks/app.js', PAGE)).toBe(
      '…/chunks/app.js',
    );
    expect(shortUrl(null, PAGE)).toBe('(no URL: a browser event)');
  });
});

describe('which pages are traced', () => {
  it('lists the real-browser targets a median missed', () => {
    expect(missedTargets({ lcpMs: 620, hydratedMs: 2000, tapToQuoteMs: 341 })).toEqual([
      'LCP 620 ms > 500',
      'tap → quote 341 ms > 300',
    ]);
    expect(missedTargets({ lcpMs: 480, hydratedMs: null, tapToQuoteMs: null })).toEqual([]);
  });

  it('traces the misses in a full run or with --trace, all with BENCH_TRACE=always', () => {
    const none = new Set<string>();
    expect(traceMode(none, {}, false)).toBe('miss');
    expect(traceMode(none, {}, true)).toBe('off');
    expect(traceMode(new Set(['--trace']), {}, true)).toBe('miss');
    expect(traceMode(new Set(['--no-trace']), {}, false)).toBe('off');
    expect(traceMode(none, { BENCH_TRACE: 'always' }, true)).toBe('always');
    expect(() => traceMode(none, { BENCH_TRACE: 'sometimes' }, false)).toThrow(
      'BENCH_TRACE: "sometimes" is not one of off, miss, always.',
    );
  });
});
