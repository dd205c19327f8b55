// `npm run bench`: how fast and how heavy the site is, measured, not assumed. For each page of
// issue 19 (scripts/bench/options.mjs), and for a bare Next.js page built and served in the same
// run as the reference:
//   1. weight: HTML raw and gzip, the React payload's share of it, JavaScript (page-weight.mjs);
//   2. a real Chromium, throttled through the DevTools protocol (slow 4G, CPU 4x), median of 5:
//      FCP, LCP, total blocking time, time to hydrated, tap on a citation to its quote on screen
//      (real-browser.mjs, probes.mjs);
//   3. Lighthouse 12, mobile, median of 3 (lighthouse.mjs);
//   4. load: autocannon, requests/s as a ratio to the bare page (load.mjs);
//   5. trace mode: one more throttled run, traced, of each page that missed a target, summed up
//      into where its time went (trace.mjs; raw traces in bench-results/ for DevTools);
//   6. before all that, the production build timed (build-timing.mjs); after, the scale test
//      with 10, 100 and 1,000 generated guides (scale.mjs).
// Targets (targets.mjs) are reported, not asserted. Writes bench-results/report.json.
//
// Flags: --quick (home, therapy, a source's page, helper; 3 real runs, 1 Lighthouse run, 5 s
//        load; no build, no scale)  --no-build (reuse .next)  --no-lighthouse  --no-load
//        --no-scale  --scale-only
//        --trace / --no-trace (one traced run of each page that missed a target; on in a full run)
// Environment: BENCH_TRACE=off|miss|always  BENCH_PAGES=home,therapy,…  BENCH_REAL_RUNS=5
//   BENCH_RUNS=3 (Lighthouse)
//   BENCH_LOAD_DURATION=10 BENCH_LOAD_WARMUP=2 (s)  BENCH_LOAD_CONNECTIONS=50  BENCH_SCALE=10,100
//   BENCH_PORT=3140 (our server; the bare page gets the next port)  BENCH_QUOTE_SELECTOR=css
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildBareApp } from './bench/bare-app.mjs';
import { build } from './bench/build-timing.mjs';
import { lighthouseRuns } from './bench/lighthouse.mjs';
import { loadTest } from './bench/load.mjs';
import { readOptions, sourcePagePath } from './bench/options.mjs';
import { bytesOf, sitemapPaths } from './bench/page-weight.mjs';
import { realBrowserRuns } from './bench/real-browser.mjs';
import { printReport } from './bench/report.mjs';
import { scaleTest } from './bench/scale.mjs';
import { tracePages } from './bench/trace.mjs';
import { findChromium } from './find-chromium.mjs';
import { startNext } from './next-server.mjs';

const ROOT = process.cwd();
const log = (message) => console.error(`[bench] ${message}`);
const version = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

function machine(chromePath) {
  return {
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
    node: process.version,
    chromium: execFileSync(chromePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim(),
    next: version('next'),
    lighthouse: version('lighthouse'),
  };
}

/** Every sitemap page's weight; the lightest page's JavaScript is the framework's floor. */
async function weighSite(origin, paths) {
  const sizes = [];
  for (const path of [...new Set([...paths, '/no-such-page'])]) {
    sizes.push({ path, ...(await bytesOf(origin, path)) });
  }
  const floor = sizes.filter((size) => size.jsFiles > 0).sort((a, b) => a.jsGzip - b.jsGzip)[0];
  const { path, jsRaw, jsGzip, jsFiles } = floor;
  return { floor: { path, jsRaw, jsGzip, jsFiles }, allPages: sizes };
}

/** The chosen pages with real paths: a source's own page only once the sitemap lists one. */
function resolvePages(pages, paths, skipped) {
  return pages.flatMap((page) => {
    if (page.path !== null) return [page];
    const path = sourcePagePath(paths);
    if (path === null) skipped.push(`${page.name}: no /sources/<id> page in the sitemap yet`);
    return path === null ? [] : [{ ...page, path }];
  });
}

async function measurePage(chromePath, origin, page, options) {
  const also = options.lighthouse ? ', Lighthouse' : '';
  log(`${page.name} (${page.path}): weight, ${options.realRuns} throttled runs${also}…`);
  const bytes = await bytesOf(origin, page.path);
  const real = await realBrowserRuns(chromePath, origin, page.path, {
    runs: options.realRuns,
    quoteSelector: options.quoteSelector,
  });
  const lighthouse = options.lighthouse
    ? await lighthouseRuns(chromePath, origin, page.path, options.lighthouseRuns)
    : null;
  return { ...page, bytes, real, lighthouse };
}

async function measureServers(report, options, chromePath, server, bare) {
  const paths = await sitemapPaths(server.origin);
  Object.assign(report, await weighSite(server.origin, paths));
  const pages = resolvePages(options.pages, paths, report.skipped);
  report.bare = await measurePage(
    chromePath,
    bare.origin,
    { name: 'bare Next page', path: '/', kind: 'bare' },
    options,
  );
  for (const page of pages) {
    const measured = await measurePage(chromePath, server.origin, page, options);
    report.pages.push({
      ...measured,
      jsBeyondFloorGzip: measured.bytes.jsGzip - report.floor.jsGzip,
    });
  }
  await tracePages(chromePath, server.origin, report.pages, {
    mode: options.trace,
    quoteSelector: options.quoteSelector,
    root: ROOT,
    log,
  });
  if (options.load) {
    log(`load: ${options.loadConnections} connections, ${options.loadDuration} s a page…`);
    report.load = await loadTest(bare.origin, server.origin, pages, {
      connections: options.loadConnections,
      duration: options.loadDuration,
      warmup: options.loadWarmup,
    });
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2), process.env);
  const chromePath = await findChromium();
  if (!chromePath) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
  const report = {
    date: new Date().toISOString(),
    machine: machine(chromePath),
    options: { ...options, pages: options.pages.map((page) => page.name) },
    build: null,
    floor: null,
    allPages: [],
    bare: null,
    pages: [],
    load: null,
    skipped: [],
    scale: [],
  };
  if (options.scaleOnly) {
    for (const count of options.scale) report.scale.push(await scaleTest(ROOT, count, log));
    console.log(JSON.stringify(report.scale, null, 2));
    return;
  }
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  if (options.build) {
    log('production build (contentlayer + next build)…');
    report.build = await build(ROOT);
  }
  const bareDir = await buildBareApp(ROOT, log);
  const server = await startNext(ROOT, { port: options.port });
  const bare = await startNext(bareDir, { readyPath: '/', port: options.port && options.port + 1 });
  try {
    log(`next start on ${server.origin}; the bare page on ${bare.origin}`);
    await measureServers(report, options, chromePath, server, bare);
  } finally {
    server.stop();
    bare.stop();
  }
  rmSync(bareDir, { recursive: true, force: true });
  for (const count of options.scale) report.scale.push(await scaleTest(ROOT, count, log));
  writeFileSync(join(ROOT, 'bench-results/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
}

await main();
