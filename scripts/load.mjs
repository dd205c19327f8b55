// `npm run load`: autocannon against the production server on 127.0.0.1, 50 connections for 10 s
// per page. Starts and stops `next start` itself; writes bench-results/load.json too.
import { mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startNext } from './next-server.mjs';

const ROUTES = (process.env.LOAD_ROUTES ?? '/,/compare').split(',');
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const DURATION = Number(process.env.LOAD_DURATION ?? 10);

const server = await startNext();
const results = [];
try {
  for (const route of ROUTES) {
    const url = `${server.origin}${route}`;
    const warm = await fetch(url);
    if (!warm.ok) console.warn(`warning: ${route} answers ${warm.status}; measuring it anyway`);
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
    results.push({
      route,
      status: warm.status,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      throughputMBps: result.throughput.average / 1e6,
    });
  }
} finally {
  server.stop();
}

const pad = (value, width) => String(value).padStart(width);
console.log(
  `\nLoad: ${CONNECTIONS} connections, ${DURATION} s per page, next start on 127.0.0.1\n`,
);
console.log(
  `${'route'.padEnd(12)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('timeouts', 10)}${pad('non-2xx', 9)}`,
);
for (const row of results) {
  console.log(
    `${row.route.padEnd(12)}${pad(row.requestsPerSecond.toFixed(0), 10)}${pad(row.latencyP50Ms, 9)}${pad(row.latencyP99Ms, 9)}${pad(row.errors, 8)}${pad(row.timeouts, 10)}${pad(row.non2xx, 9)}`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/load.json',
  `${JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, durationSeconds: DURATION, results }, null, 2)}\n`,
);
console.log('\nWritten: bench-results/load.json');
