// Prints the bench's tables (Markdown, so they paste into docs/performance.md as they are).
import {
  LIGHTHOUSE_HEADERS,
  LOAD_HEADERS,
  REAL_HEADERS,
  WEIGHT_HEADERS,
  lighthouseRows,
  loadRows,
  realRows,
  weightRows,
} from './report-rows.mjs';
import { THROTTLING } from './real-browser.mjs';
import { formatTable } from './table.mjs';
import { kb } from './stats.mjs';

const seconds = (ms) => (ms / 1000).toFixed(1);

function printHeader(report) {
  const { machine, build, floor } = report;
  console.log(
    `\nNeedlewise benchmark, ${report.date} (${machine.cpus} CPUs, load ${machine.loadAverage.join(' ')}; ${machine.chromium}; Next ${machine.next})`,
  );
  if (build) {
    console.log(
      `Production build: ${seconds(build.totalMs)} s (contentlayer ${seconds(build.contentlayerMs)} s + next ${seconds(build.nextBuildMs)} s), peak memory ${build.peakTreeRssMB} MB (largest process ${build.maxProcessRssMB ?? '–'} MB)`,
    );
  }
  if (floor) {
    console.log(
      `Framework floor: ${kb(floor.jsGzip)} KB gzip JS (${kb(floor.jsRaw)} KB raw) on ${floor.path}`,
    );
  }
}

function printRealBrowser(report, measured) {
  const t = THROTTLING;
  console.log(
    `\nReal Chromium, ${t.latencyMs} ms RTT, ${t.downKbps / 1024} Mbps down, ${t.upKbps} kbps up, CPU ${t.cpuSlowdown}× slower, cold cache, median of ${report.options.realRuns} (Lighthouse: median of ${report.options.lighthouseRuns})\n`,
  );
  console.log(formatTable(REAL_HEADERS, realRows(measured)));
  console.log(
    '\nhydrated: when <html data-hydrated> appears if the app sets it; else the later of Next’s router committing the hydrated page (history.replaceState with __NA: "router") and the first control only hydration turns on (data-enhanced, a citation’s aria-expanded: "control").',
  );
  for (const page of measured) {
    const notes = [
      page.real.lcpElement && `LCP element ${page.real.lcpElement}`,
      page.real.tapNote && `tap: ${page.real.tapNote}`,
      page.real.errorExamples.length && `errors: ${page.real.errorExamples.join('; ')}`,
    ].filter(Boolean);
    console.log(`  ${page.name} (${page.path}): ${notes.join(' — ')}`);
  }
}

function printTraces(pages) {
  for (const page of pages.filter((each) => each.trace)) {
    if (page.trace.error) console.log(`\n${page.name}: no trace: ${page.trace.error}`);
    else console.log(`\n${page.trace.text}`);
  }
}

function printLighthouse(measured) {
  const withLighthouse = measured.filter((page) => page.lighthouse);
  if (withLighthouse.length === 0) return;
  console.log('\nLighthouse 12 (mobile, simulated throttling)\n');
  console.log(formatTable(LIGHTHOUSE_HEADERS, lighthouseRows(withLighthouse)));
  for (const page of withLighthouse) {
    const { error, missedAudits } = page.lighthouse;
    if (error) console.log(`  ${page.name}: not measured by Lighthouse: ${error.slice(0, 120)}`);
    else if (missedAudits.length)
      console.log(`  ${page.name}: audits below 100: ${missedAudits.join(', ')}`);
  }
}

function printLoad(load) {
  const { bare } = load;
  console.log(
    `\nLoad, ${load.connections} connections, ${load.durationSeconds} s each; bare page ${bare.before.requestsPerSecond} then ${bare.after.requestsPerSecond} req/s, p99 ${bare.before.latencyP99Ms} then ${bare.after.latencyP99Ms} ms (ratios use the mean)\n`,
  );
  console.log(formatTable(LOAD_HEADERS, loadRows(load)));
}

function printScale(scale) {
  console.log('\nScale (generated guides, fresh copy each)\n');
  const rows = scale.map((row) => [
    row.generatedGuides,
    row.guidePagesBuilt,
    seconds(row.totalMs),
    row.peakTreeRssMB,
    row.maxProcessRssMB,
  ]);
  console.log(formatTable(['guides', 'pages', 'build s', 'peak MB', 'largest MB'], rows));
}

export function printReport(report) {
  printHeader(report);
  const measured = [...(report.bare ? [report.bare] : []), ...report.pages];
  console.log(
    '\nWeight (React payload: the inline self.__next_f.push scripts, share of the HTML)\n',
  );
  console.log(formatTable(WEIGHT_HEADERS, weightRows(measured)));
  printRealBrowser(report, measured);
  printLighthouse(measured);
  if (report.load) printLoad(report.load);
  printTraces(report.pages);
  if (report.skipped.length) console.log(`\nNot measured: ${report.skipped.join('; ')}`);
  if (report.scale.length) printScale(report.scale);
  console.log('\nWritten: bench-results/report.json');
}
