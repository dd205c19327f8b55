// Load: autocannon (gzip, like a browser) against the bare page, then each of our pages, then the bare page again, one
// after another; requests/s and p99 as ratios to the bare page (the mean of its two runs).
import autocannon from 'autocannon';
import { loadVerdict } from './targets.mjs';
import { ratio } from './stats.mjs';

// A reader's browser asks for gzip, and Next compresses what it serves: so does the load.
const headers = { 'accept-encoding': 'gzip' };

async function loadOne(origin, path, { connections, duration, warmup }) {
  const url = `${origin}${path}`;
  const warm = await fetch(url, { redirect: 'manual' });
  // Every page, the bare one too, gets the same unmeasured run first, so the figure is the steady
  // state and not the first seconds of compiling that page's code path.
  if (warmup > 0) await autocannon({ url, headers, connections, duration: warmup });
  const result = await autocannon({ url, headers, connections, duration });
  return {
    path,
    status: warm.status,
    cacheControl: warm.headers.get('cache-control'),
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    // autocannon counts timeouts among its errors
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** `pages` are { name, path, kind }; the result holds the bare page's runs and each page's row. */
export async function loadTest(bareOrigin, origin, pages, settings) {
  const before = await loadOne(bareOrigin, '/', settings);
  const rows = [];
  for (const page of pages) rows.push({ ...page, ...(await loadOne(origin, page.path, settings)) });
  const after = await loadOne(bareOrigin, '/', settings);
  const reference = {
    requestsPerSecond: (before.requestsPerSecond + after.requestsPerSecond) / 2,
    latencyP99Ms: (before.latencyP99Ms + after.latencyP99Ms) / 2,
  };
  return {
    connections: settings.connections,
    durationSeconds: settings.duration,
    bare: { before, after, reference },
    routes: rows.map((row) => {
      const rps = ratio(row.requestsPerSecond, reference.requestsPerSecond);
      return {
        ...row,
        ratioToBare: {
          requestsPerSecond: rps,
          p99: ratio(row.latencyP99Ms, reference.latencyP99Ms),
        },
        verdict: loadVerdict({
          kind: row.kind,
          ratio: rps,
          errors: row.errors,
          non2xx: row.non2xx,
        }),
      };
    }),
  };
}
