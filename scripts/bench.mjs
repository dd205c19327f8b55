// `npm run bench`: how fast and how heavy the site is, measured, not assumed.
//   1. production build time (contentlayer + next build) and its peak memory;
//   2. for /, /compare and one article: Lighthouse 12 (mobile defaults, simulated throttling) on
//      the system Chromium, median of 3 runs; HTML and JavaScript bytes, raw and gzip;
//   3. the framework's floor: the JavaScript of the lightest page (the 404 or a sitemap page);
//   4. the bare page: a one-page Next app (same Next, same node_modules) built in a temporary
//      folder and served by its own `next start` in the same run, measured the same way (bytes,
//      Lighthouse, LCP element) as the reference our figures are divided by;
//   5. the LCP element of each page, read in a real Chromium (phone viewport, slow 4G, 4x CPU)
//      with a PerformanceObserver: Lighthouse 12.2's own LCP-element audit fails on Chromium 156;
//   6. load: autocannon against the bare page, then each of our pages, then the bare page again,
//      one after another; requests/s and p99 as ratios to the bare page (mean of its two runs);
//   7. scale: build time and peak memory with 10, 100 and 1,000 generated guides, built in a
//      temporary copy of the project outside the repository (deleted afterwards).
// Targets are reported, not asserted. Writes bench-results/report.json.
//
// Options (environment): BENCH_SCALE=10,100,1000  BENCH_RUNS=3  BENCH_ROUTES=/,/compare,...
//   BENCH_LOAD_ROUTES=/,/search?q=needle,... (comma-separated: write a comma in a query as %2C)
//   BENCH_PORT=3140 (our server; the bare page gets the next port)  BENCH_LOAD_DURATION=10 (s)  BENCH_LOAD_WARMUP=2 (s)  BENCH_LOAD_CONNECTIONS=50
// Flags: --no-scale (skip step 7)  --no-build (reuse the existing .next; build time not measured)
//        --scale-only (step 7 alone)  --no-load (skip step 6)
import { spawn, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { startNext } from './next-server.mjs';

const ROOT = process.cwd();
const flags = new Set(process.argv.slice(2));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROUTES = (
  process.env.BENCH_ROUTES ?? '/,/compare,/therapies/dry-needling,/guides/your-first-session'
).split(',');
// Prerendered pages first, then pages answered from the result cache (a query in the address).
const LOAD_ROUTES = (
  process.env.BENCH_LOAD_ROUTES ??
  [
    '/',
    '/compare',
    '/compare/acupuncture-vs-dry-needling',
    '/therapies/dry-needling',
    '/guides/your-first-session',
    '/search',
    '/which-is-right-for-me',
    '/search?q=needle',
    '/which-is-right-for-me?show=answer&bother=muscle-strains&want=targeted',
    '/compare?therapies=acupuncture&therapies=cupping',
  ].join(',')
).split(',');
const LOAD_DURATION = Number(process.env.BENCH_LOAD_DURATION ?? 10);
const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const LOAD_WARMUP = Number(process.env.BENCH_LOAD_WARMUP ?? 2);
const RATIO_TARGETS = { prerendered: 0.8, resultPage: 0.3 };
const SCALE = flags.has('--no-scale')
  ? []
  : (process.env.BENCH_SCALE ?? '10,100,1000').split(',').filter(Boolean).map(Number);
const TARGETS = { score: 100, lcpMs: 1200, tbtMs: 50, cls: 0, jsBeyondFloorGzipKB: 20 };
const NEXT_BIN = 'node_modules/next/dist/bin/next';
const CONTENTLAYER_BIN = 'node_modules/contentlayer2/bin/cli.cjs';
const HAS_TIME = existsSync('/usr/bin/time');

const log = (message) => console.error(`[bench] ${message}`);
const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

// ---------- process-tree memory: summed RSS of a command and all its children, sampled ----------

function treeRssBytes(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we read it
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, timing it and sampling its process tree's memory; `maxProcessRss` from time -v. */
function measured(command, args, { cwd = ROOT, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const timeFile = join(tmpdir(), `needlewise-time-${process.pid}-${Date.now()}`);
    const [file, argv] = HAS_TIME
      ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args]]
      : [command, args];
    const started = performance.now();
    // PWD too: contentlayer finds its project from PWD, not from the working directory.
    const child = spawn(file, argv, {
      cwd,
      env: { ...env, PWD: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakTree = 0;
    const sampler = setInterval(() => {
      peakTree = Math.max(peakTree, treeRssBytes(child.pid));
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      let maxProcessRss = null;
      if (HAS_TIME && existsSync(timeFile)) {
        const kbytes = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        maxProcessRss = Number.isFinite(kbytes) ? kbytes * 1024 : null;
        rmSync(timeFile, { force: true });
      }
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      else resolve({ ms, peakTreeRss: peakTree, maxProcessRss });
    });
  });
}

async function build(cwd, env = process.env) {
  // Each copy's own binaries: contentlayer writes next to the package it runs from, not to the cwd.
  const content = await measured(process.execPath, [join(cwd, CONTENTLAYER_BIN), 'build'], {
    cwd,
    env,
  });
  const next = await measured(process.execPath, [join(cwd, NEXT_BIN), 'build'], { cwd, env });
  // The same step as `npm run build`: critical CSS into each prerendered page.
  await measured(process.execPath, [join(cwd, 'scripts', 'inline-critical-css.mjs')], { cwd, env });
  return {
    contentlayerMs: Math.round(content.ms),
    nextBuildMs: Math.round(next.ms),
    totalMs: Math.round(content.ms + next.ms),
    peakTreeRssMB: Math.round(Math.max(content.peakTreeRss, next.peakTreeRss) / 2 ** 20),
    maxProcessRssMB:
      next.maxProcessRss === null
        ? null
        : Math.round(Math.max(content.maxProcessRss ?? 0, next.maxProcessRss) / 2 ** 20),
  };
}

// ---------- bytes per route ----------

async function bytesOf(origin, path) {
  const response = await fetch(`${origin}${path}`);
  const html = Buffer.from(await response.arrayBuffer());
  const sources = [...html.toString('utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\bnoModule\b/i.test(match[0]))
    .map((match) => match[1].replace(/&amp;/g, '&'));
  let jsRaw = 0;
  let jsGzip = 0;
  for (const source of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer());
    jsRaw += body.length;
    jsGzip += gzipSync(body).length;
  }
  const inline = [
    ...html.toString('utf8').matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((match) => match[1])
    .join('');
  return {
    status: response.status,
    htmlRaw: html.length,
    htmlGzip: gzipSync(html).length,
    inlineScriptRaw: Buffer.byteLength(inline),
    jsFiles: new Set(sources).size,
    jsRaw,
    jsGzip,
  };
}

async function sitemapPaths(origin) {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

// ---------- Lighthouse ----------

async function lighthouseRuns(chromePath, origin, path) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const chrome = await launch({
      chromePath,
      chromeFlags: [
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
      ],
    });
    try {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const { categories, audits, runtimeError } = result.lhr;
      // A page that does not load (a 404) has no scores: say so in the report, measure the rest.
      if (runtimeError) return { runs, error: runtimeError.message, median: {}, missedAudits: [] };
      const score = (key) =>
        categories[key].score === null ? null : Math.round(categories[key].score * 100);
      runs.push({
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
      });
    } finally {
      await chrome.kill();
    }
  }
  const keys = [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'lcpMs',
    'tbtMs',
    'cls',
    'fcpMs',
  ];
  return {
    runs,
    median: Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])),
    // Audits that missed in the majority of runs: the reasons behind a score under 100.
    missedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))].filter(
      (id) => runs.filter((run) => run.failedAudits.includes(id)).length > RUNS / 2,
    ),
  };
}

// ---------- the bare page: the framework's own limit ----------

const BARE_PAGE = `export const metadata = { title: 'Bare page' };

export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>
        One server component, no data, no stylesheet: what next start serves when the site adds
        nothing. The benchmark divides our figures by this page's.
      </p>
    </main>
  );
}
`;
const BARE_LAYOUT = `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

/** Hard-links node_modules into `dir` (Turbopack refuses a symlink from outside the project). */
function linkNodeModules(dir) {
  try {
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')], {
      stdio: 'ignore',
    });
  } catch {
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    cpSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
}

async function buildBareApp() {
  const dir = mkdtempSync(join(tmpdir(), 'needlewise-bare-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'layout.jsx'), BARE_LAYOUT);
  writeFileSync(join(dir, 'app', 'page.jsx'), BARE_PAGE);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare', private: true, type: 'module' }),
  );
  writeFileSync(join(dir, 'next.config.mjs'), 'export default { turbopack: {} };\n');
  linkNodeModules(dir);
  log(`bare page: building a one-page Next app in ${dir}`);
  await measured(process.execPath, [join(dir, NEXT_BIN), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return dir;
}

// ---------- the LCP element, in a real browser ----------

/** Which element is the LCP, and when, under applied slow-4G and 4x CPU throttling (median of runs). */
async function lcpElement(chromePath, origin, path) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  const runs = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
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
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        window.__lcp = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const element = entry.element;
            const classes =
              element && typeof element.className === 'string'
                ? element.className.split(/\s+/).filter(Boolean).slice(0, 3)
                : [];
            window.__lcp.push({
              ms: Math.round(entry.startTime),
              element: element
                ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes.map((name) => `.${name}`).join('')}`
                : null,
              text: element ? (element.textContent ?? '').trim().slice(0, 60) : null,
            });
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const found = await page.evaluate(() => ({
        candidates: window.__lcp,
        fcpMs: Math.round(
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        ),
        blocking: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.renderBlockingStatus === 'blocking')
          .map((entry) => new URL(entry.name).pathname),
      }));
      runs.push({ ...found, last: found.candidates.at(-1) ?? null });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const last = runs.at(-1)?.last;
  return {
    element: last?.element ?? null,
    text: last?.text ?? null,
    lcpMs: median(runs.map((run) => run.last?.ms)),
    fcpMs: median(runs.map((run) => run.fcpMs)),
    renderBlocking: runs.at(-1)?.blocking ?? [],
  };
}

// ---------- load ----------

async function load(origin, path) {
  const url = `${origin}${path}`;
  const warm = await fetch(url, { redirect: 'manual' });
  // Every page, the bare one too, gets the same unmeasured run first, so the figure is the steady
  // state and not the first seconds of compiling that page's code path.
  if (LOAD_WARMUP > 0) {
    await autocannon({ url, connections: LOAD_CONNECTIONS, duration: LOAD_WARMUP });
  }
  const result = await autocannon({ url, connections: LOAD_CONNECTIONS, duration: LOAD_DURATION });
  return {
    path,
    status: warm.status,
    cacheControl: warm.headers.get('cache-control'),
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

const ratio = (value, reference) =>
  typeof value === 'number' && reference ? Math.round((value / reference) * 100) / 100 : null;

// ---------- scale test ----------

function scaledCopy(count) {
  const dir = mkdtempSync(join(tmpdir(), `needlewise-scale-${count}-`));
  const skip = new Set([
    'node_modules',
    '.next',
    '.git',
    '.contentlayer',
    'bench-results',
    'bench-tmp',
    'test-results',
    'playwright-report',
    'screenshots',
    'coverage',
  ]);
  for (const entry of readdirSync(ROOT)) {
    if (!skip.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  // Hard links (`cp -al`) cost no space and little time; a real copy only across file systems.
  linkNodeModules(dir);
  const guides = join(dir, 'content', 'guides');
  const template = readdirSync(guides)
    .filter((file) => file.endsWith('.mdx'))
    .sort()[0];
  const source = readFileSync(join(guides, template), 'utf8');
  for (let index = 1; index <= count; index += 1) {
    const text = source
      .replace(
        /^title: "?(.*?)"?$/m,
        (_, title) => `title: "${title.replace(/"/g, '')} (generated ${index})"`,
      )
      .replace(/^order: .*$/m, `order: ${1000 + index}`);
    writeFileSync(join(guides, `generated-guide-${String(index).padStart(4, '0')}.mdx`), text);
  }
  return dir;
}

async function scaleTest(count) {
  const dir = scaledCopy(count);
  log(`scale ${count}: building a copy in ${dir}`);
  try {
    const result = await build(dir, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
    const prerendered = readdirSync(join(dir, '.next/server/app/guides')).filter((file) =>
      file.endsWith('.html'),
    ).length;
    return { generatedGuides: count, guidePagesBuilt: prerendered, ...result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- report ----------

function printReport(report) {
  const line = (cells, widths) =>
    cells
      .map((cell, index) => String(cell ?? '–')[index ? 'padStart' : 'padEnd'](widths[index]))
      .join(' ');
  const widths = [26, 5, 5, 5, 5, 8, 7, 6, 10, 10, 10, 11];
  console.log(
    `\nNeedlewise benchmark, ${report.date} (${report.machine.cpus} CPUs, load ${report.machine.loadAverage.join(' ')})`,
  );
  if (report.build) {
    console.log(
      `Production build: ${(report.build.totalMs / 1000).toFixed(1)} s (contentlayer ${(report.build.contentlayerMs / 1000).toFixed(1)} s + next ${(report.build.nextBuildMs / 1000).toFixed(1)} s), peak memory ${report.build.peakTreeRssMB} MB (largest process ${report.build.maxProcessRssMB ?? '–'} MB)`,
    );
  }
  console.log(
    `Framework floor: ${kb(report.floor.jsGzip)} KB gzip JS (${kb(report.floor.jsRaw)} KB raw) on ${report.floor.path}\n`,
  );
  console.log(
    line(
      [
        'route (median of ' + RUNS + ')',
        'perf',
        'a11y',
        'bp',
        'seo',
        'LCP ms',
        'TBT ms',
        'CLS',
        'HTML gz KB',
        'JS gz KB',
        'JS raw KB',
        '+floor gz',
      ],
      widths,
    ),
  );
  for (const route of report.routes) {
    const m = route.lighthouse.median;
    console.log(
      line(
        [
          route.path + (route.bytes.status === 200 ? '' : ` (${route.bytes.status})`),
          m.performance,
          m.accessibility,
          m.bestPractices,
          m.seo,
          m.lcpMs,
          m.tbtMs,
          m.cls,
          kb(route.bytes.htmlGzip),
          kb(route.bytes.jsGzip),
          kb(route.bytes.jsRaw),
          kb(route.jsBeyondFloorGzip),
        ],
        widths,
      ),
    );
  }
  console.log(
    `\nTargets: ${TARGETS.score} in all four categories, LCP ≤ ${TARGETS.lcpMs} ms, TBT ≤ ${TARGETS.tbtMs} ms, CLS ${TARGETS.cls}, ≤ ${TARGETS.jsBeyondFloorGzipKB} KB gzip JS beyond the floor`,
  );
  for (const route of report.routes) {
    if (route.lighthouse.error) {
      console.log(
        `  ${route.path}: not measured by Lighthouse: ${route.lighthouse.error.slice(0, 120)}`,
      );
      continue;
    }
    const misses = Object.entries(route.targets)
      .filter(([, met]) => !met)
      .map(([name]) => name);
    console.log(
      `  ${route.path}: ${misses.length ? `missed ${misses.join(', ')}` : 'all met'}${route.lighthouse.missedAudits.length ? ` — audits below 100: ${route.lighthouse.missedAudits.join(', ')}` : ''}`,
    );
  }
  if (report.scale.length) {
    console.log('\nScale (generated guides, fresh copy each)');
    console.log(line(['guides', 'pages', 'build s', 'peak MB', 'largest MB'], [8, 7, 9, 9, 11]));
    for (const row of report.scale) {
      console.log(
        line(
          [
            row.generatedGuides,
            row.guidePagesBuilt,
            (row.totalMs / 1000).toFixed(1),
            row.peakTreeRssMB,
            row.maxProcessRssMB,
          ],
          [8, 7, 9, 9, 11],
        ),
      );
    }
  }
  if (report.bare) {
    const bare = report.bare.lighthouse.median;
    console.log(
      `\nBare Next page (same run): LCP ${bare.lcpMs} ms, TBT ${bare.tbtMs} ms, HTML ${kb(report.bare.bytes.htmlGzip)} KB gz, JS ${kb(report.bare.bytes.jsGzip)} KB gz; LCP element ${report.bare.lcpElement.element}`,
    );
    const w = [30, 9, 9, 34, 9];
    console.log(
      line(['route', 'LCP ×bare', 'TBT ×bare', 'LCP element (real Chromium)', 'LCP ms'], w),
    );
    for (const route of report.routes) {
      console.log(
        line(
          [
            route.path,
            route.ratioToBare.lcp,
            route.ratioToBare.tbt,
            `${route.lcpElement.element} “${(route.lcpElement.text ?? '').slice(0, 18)}…”`.slice(
              0,
              34,
            ),
            route.lcpElement.lcpMs,
          ],
          w,
        ),
      );
    }
  }
  if (report.load) {
    const { bare } = report.load;
    console.log(
      `\nLoad, ${report.load.connections} connections, ${report.load.durationSeconds} s each; bare page ${bare.before.requestsPerSecond} then ${bare.after.requestsPerSecond} req/s, p99 ${bare.before.latencyP99Ms} then ${bare.after.latencyP99Ms} ms (ratios use the mean)`,
    );
    const w = [58, 7, 7, 7, 8, 7, 7, 7];
    console.log(
      line(['route', 'status', 'req/s', 'p99 ms', 'req ×bare', 'p99 ×bare', 'errors', 'target'], w),
    );
    for (const row of report.load.routes) {
      console.log(
        line(
          [
            row.path.slice(0, 58),
            row.status,
            row.requestsPerSecond,
            row.latencyP99Ms,
            row.ratioToBare.requestsPerSecond,
            row.ratioToBare.p99,
            row.errors, // autocannon counts timeouts among its errors
            `${row.metTarget ? 'met' : 'MISSED'} ≥${RATIO_TARGETS[row.kind]}`,
          ],
          w,
        ),
      );
    }
  }
  console.log('\nWritten: bench-results/report.json');
}

async function main() {
  const chromePath = await findChromium();
  if (!chromePath) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
      node: process.version,
      chromium: execFileSync(chromePath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
      next: JSON.parse(readFileSync(join(ROOT, 'node_modules/next/package.json'), 'utf8')).version,
      lighthouse: JSON.parse(
        readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'),
      ).version,
    },
    targets: TARGETS,
    build: null,
    floor: null,
    routes: [],
    bare: null,
    load: null,
    scale: [],
  };

  if (flags.has('--scale-only')) {
    for (const count of SCALE) report.scale.push(await scaleTest(count));
    console.log(JSON.stringify(report.scale, null, 2));
    return;
  }
  if (!flags.has('--no-build')) {
    log('production build (contentlayer + next build)…');
    report.build = await build(ROOT);
  }
  const bareDir = await buildBareApp();
  // BENCH_PORT pins our server's port (the bare page takes the next one); else any free port.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
  const server = await startNext(ROOT, { port });
  const bare = await startNext(bareDir, { readyPath: '/', port: port && port + 1 });
  try {
    log(`next start on ${server.origin}; the bare page on ${bare.origin}`);
    const candidates = [...new Set([...(await sitemapPaths(server.origin)), '/no-such-page'])];
    const sizes = [];
    for (const path of candidates) sizes.push({ path, ...(await bytesOf(server.origin, path)) });
    const floor = sizes.filter((size) => size.jsFiles > 0).sort((a, b) => a.jsGzip - b.jsGzip)[0];
    report.floor = {
      path: floor.path,
      jsRaw: floor.jsRaw,
      jsGzip: floor.jsGzip,
      jsFiles: floor.jsFiles,
    };
    report.allPages = sizes;

    log(`Lighthouse ×${RUNS} and the LCP element on the bare page…`);
    report.bare = {
      bytes: await bytesOf(bare.origin, '/'),
      lighthouse: await lighthouseRuns(chromePath, bare.origin, '/'),
      lcpElement: await lcpElement(chromePath, bare.origin, '/'),
    };
    const bareLh = report.bare.lighthouse.median;
    for (const path of ROUTES) {
      log(`Lighthouse ×${RUNS} and the LCP element on ${path}…`);
      const bytes = await bytesOf(server.origin, path);
      const lh = await lighthouseRuns(chromePath, server.origin, path);
      const beyond = bytes.jsGzip - floor.jsGzip;
      const m = lh.median;
      report.routes.push({
        path,
        bytes,
        jsBeyondFloorGzip: beyond,
        lighthouse: lh,
        lcpElement: await lcpElement(chromePath, server.origin, path),
        ratioToBare: { lcp: ratio(m.lcpMs, bareLh.lcpMs), tbt: ratio(m.tbtMs, bareLh.tbtMs) },
        targets: {
          performance: m.performance >= TARGETS.score,
          accessibility: m.accessibility >= TARGETS.score,
          bestPractices: m.bestPractices >= TARGETS.score,
          seo: m.seo >= TARGETS.score,
          lcp: m.lcpMs <= TARGETS.lcpMs,
          tbt: m.tbtMs <= TARGETS.tbtMs,
          cls: m.cls <= TARGETS.cls,
          jsBeyondFloor: beyond <= TARGETS.jsBeyondFloorGzipKB * 1024,
        },
      });
    }

    if (!flags.has('--no-load')) {
      log(`load: ${LOAD_CONNECTIONS} connections, ${LOAD_DURATION} s a page, one after another…`);
      const bareBefore = await load(bare.origin, '/');
      const rows = [];
      for (const path of LOAD_ROUTES) rows.push(await load(server.origin, path));
      const bareAfter = await load(bare.origin, '/');
      const reference = {
        requestsPerSecond: (bareBefore.requestsPerSecond + bareAfter.requestsPerSecond) / 2,
        latencyP99Ms: (bareBefore.latencyP99Ms + bareAfter.latencyP99Ms) / 2,
      };
      report.load = {
        connections: LOAD_CONNECTIONS,
        durationSeconds: LOAD_DURATION,
        bare: { before: bareBefore, after: bareAfter, reference },
        routes: rows.map((row) => {
          const kind = row.path.includes('?') ? 'resultPage' : 'prerendered';
          const rps = ratio(row.requestsPerSecond, reference.requestsPerSecond);
          return {
            ...row,
            kind,
            ratioToBare: {
              requestsPerSecond: rps,
              p99: ratio(row.latencyP99Ms, reference.latencyP99Ms),
            },
            metTarget:
              rps !== null && rps >= RATIO_TARGETS[kind] && row.errors === 0 && row.non2xx === 0,
          };
        }),
      };
    }
  } finally {
    server.stop();
    bare.stop();
  }
  rmSync(bareDir, { recursive: true, force: true });

  for (const count of SCALE) report.scale.push(await scaleTest(count));

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
}

await main();
