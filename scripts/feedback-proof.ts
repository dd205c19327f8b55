// Proof that feedback survives crashes and load (`npm run load:feedback`, and
// tests/e2e/feedback-durability.spec.ts inside `npm test`):
// - crash: several clients send a burst of valid answers within the rate limit; the server is
//   killed with SIGKILL partway; after a restart every acknowledged answer (303) is stored once.
// - load: autocannon POSTs answers at 50 connections for 10 s from many addresses; only
//   303/429/200 come back, no errors, nothing >= 500, and pages keep serving meanwhile.
// - down: with the database unreachable, answers get 503 and pages still render.
// Needs a production build. Engine: SQLite in a temporary file, or PostgreSQL with --postgres
// (the storage tests' choice, scripts/test-postgres.ts: TEST_DATABASE_URL, the local test
// database, else an embedded PGlite).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { Engine } from '../lib/feedback/database';
import { openFeedbackStore } from '../lib/feedback/store';
import { testPostgres } from './test-postgres';

export const PROOF_PAGES = ['/compare', '/therapies/acupuncture', '/guides/your-first-session'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function engineEnv(engine: Engine): Record<string, string> {
  return engine.kind === 'sqlite'
    ? { FEEDBACK_DB_FILE: engine.file, DATABASE_URL: '' }
    : { DATABASE_URL: engine.url };
}

export interface RunningServer {
  origin: string;
  child: ChildProcess;
  /** What the server wrote to stderr so far, distinct lines: why a 503 happened, say. */
  problems: () => string[];
  kill: (signal: NodeJS.Signals) => void;
}

/** `next start` in its own process group, so SIGKILL takes the whole server down at once. */
export async function startServer(engine: Engine, port?: number): Promise<RunningServer> {
  // FEEDBACK_PROOF_PORT pins the port (a shared machine hands out port ranges); else any free one.
  const chosen = port ?? (Number(process.env.FEEDBACK_PROOF_PORT) || (await freePort()));
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(chosen)],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', ...engineEnv(engine) },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-(child.pid ?? 0), signal);
    } catch {
      child.kill(signal);
    }
  };
  const origin = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${stderr}`);
    try {
      if ((await fetch(`${origin}/robots.txt`)).ok) {
        const problems = () => [...new Set(stderr.split('\n').filter(Boolean))].slice(0, 10);
        return { origin, child, kill, problems };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  kill('SIGKILL');
  throw new Error(`next start did not answer within 60 s: ${stderr}`);
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const runId = () =>
  Array.from(
    { length: 8 },
    () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)],
  ).join('');

export function sqliteProofEngine(): Engine {
  return { kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'feedback-proof-')), 'f.sqlite') };
}

/** The storage tests' PostgreSQL: TEST_DATABASE_URL, the local test database, or embedded PGlite. */
export async function postgresProofEngine(): Promise<Engine> {
  return { kind: 'postgres', url: (await testPostgres()).url };
}

export interface CrashResult {
  sent: number;
  acknowledged: number;
  refused: number;
  failed: number;
  stored: number;
  acknowledgedStored: number;
  duplicates: number;
  strays: number;
  afterRestart: { page: number; answer: number };
}

/**
 * `clients` addresses each send `perClient` answers (at most the per-minute limit), all at once in
 * a shuffled order; the server is SIGKILLed once `killAfter` answers have been acknowledged.
 */
export async function crashProof(
  engine: Engine,
  { clients = 12, perClient = 5, killAfter = 25 } = {},
): Promise<CrashResult> {
  const run = runId();
  let server = await startServer(engine);
  const port = Number(new URL(server.origin).port);
  const jobs = Array.from({ length: clients * perClient }, (_, index) => ({
    client: index % clients,
    token: `crash ${run} c${index % clients} n${Math.floor(index / clients)}`,
  })).sort(() => Math.random() - 0.5);
  const acknowledged: string[] = [];
  let refused = 0;
  let failed = 0;
  let killed = false;
  await Promise.all(
    jobs.map(async (job, index) => {
      // A short stagger so the kill lands among requests in flight, not after the last one.
      await new Promise((resolve) => setTimeout(resolve, index * 15));
      try {
        const response = await fetch(`${server.origin}/api/feedback`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': `10.77.0.${job.client + 1}`,
          },
          body: new URLSearchParams({
            page: PROOF_PAGES[index % PROOF_PAGES.length] ?? '/compare',
            answer: index % 3 === 0 ? 'no' : 'yes',
            comment: job.token,
          }),
        });
        if (response.status === 303 || response.status === 200) {
          acknowledged.push(job.token);
          if (!killed && acknowledged.length >= killAfter) {
            killed = true;
            server.kill('SIGKILL');
          }
        } else refused += 1;
      } catch {
        failed += 1;
      }
    }),
  );
  server.kill('SIGKILL');
  await waitForExit(server.child);

  server = await startServer(engine, port);
  try {
    const page = (await fetch(`${server.origin}/compare`)).status;
    const answer = (
      await fetch(`${server.origin}/api/feedback`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': '10.77.1.1',
        },
        body: new URLSearchParams({ page: '/compare', answer: 'yes', comment: `after ${run}` }),
      })
    ).status;
    const store = await openFeedbackStore(engine);
    const rows = (await store.rows()).filter((row) => row.comment?.startsWith(`crash ${run} `));
    await store.close();
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.comment ?? '', (counts.get(row.comment ?? '') ?? 0) + 1);
    const sentTokens = new Set(jobs.map((job) => job.token));
    return {
      sent: jobs.length,
      acknowledged: acknowledged.length,
      refused,
      failed,
      stored: rows.length,
      acknowledgedStored: acknowledged.filter((token) => counts.get(token) === 1).length,
      duplicates: [...counts.values()].filter((count) => count > 1).length,
      strays: [...counts.keys()].filter((token) => !sentTokens.has(token)).length,
      afterRestart: { page, answer },
    };
  } finally {
    server.kill('SIGTERM');
    await waitForExit(server.child);
  }
}

export interface LoadResult {
  requests: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  requestsPerSecond: number;
  latencyP99Ms: number;
  pageChecks: number;
  pageStatuses: Record<string, number>;
  serverProblems: string[];
}

/** autocannon POSTs valid answers from `addresses` rotating clients while pages are fetched. */
export async function loadProof(
  engine: Engine,
  { connections = 50, duration = 10, addresses = 20 } = {},
): Promise<LoadResult> {
  const server = await startServer(engine);
  let next = 0;
  const pageStatuses: Record<string, number> = {};
  let pageChecks = 0;
  let loading = true;
  const pages = (async () => {
    while (loading) {
      const path = PROOF_PAGES[pageChecks % PROOF_PAGES.length] ?? '/';
      const status = await fetch(`${server.origin}${path}`)
        .then((response) => response.status)
        .catch(() => 0);
      pageStatuses[status] = (pageStatuses[status] ?? 0) + 1;
      pageChecks += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    const result = await autocannon({
      url: server.origin,
      connections,
      duration,
      // A timeout here would measure the machine, not the server: on a shared 2-core box 50
      // connections can queue for seconds. 30 s still catches a request the server never answers.
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: '/api/feedback',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'page=%2Fcompare&answer=yes&comment=load+test',
          // Many readers, not one: each request comes from the next of `addresses` addresses.
          setupRequest: (request) => {
            next += 1;
            const n = next % addresses;
            const address = `10.88.${n >> 8}.${n & 255}`;
            return { ...request, headers: { ...request.headers, 'x-forwarded-for': address } };
          },
        },
      ],
    });
    loading = false;
    await pages;
    return {
      requests: result.requests.total,
      statusCounts: Object.fromEntries(
        Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [
          code,
          Number(stat.count),
        ]),
      ),
      errors: result.errors,
      timeouts: result.timeouts,
      requestsPerSecond: result.requests.average,
      latencyP99Ms: result.latency.p99,
      pageChecks,
      pageStatuses,
      serverProblems: server.problems(),
    };
  } finally {
    loading = false;
    server.kill('SIGTERM');
    await waitForExit(server.child);
  }
}

/** With the database unreachable: the answer gets 503 with the message, the pages still 200. */
export async function downProof(): Promise<{
  post: number;
  body: string;
  page: number;
  after: number;
}> {
  const server = await startServer({
    kind: 'postgres',
    url: 'postgres://nobody:x@127.0.0.1:1/none',
  });
  try {
    const response = await fetch(`${server.origin}/api/feedback`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'page=%2Fcompare&answer=yes',
    });
    const body = await response.text();
    const page = (await fetch(`${server.origin}/therapies/acupuncture`)).status;
    const after = (await fetch(`${server.origin}/compare`)).status;
    return { post: response.status, body, page, after };
  } finally {
    server.kill('SIGTERM');
    await waitForExit(server.child);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const postgres = process.argv.includes('--postgres');
  const engine = postgres ? await postgresProofEngine() : sqliteProofEngine();
  const name = postgres ? 'PostgreSQL' : 'SQLite';
  const crash = await crashProof(engine);
  console.log(`Crash (${name}): ${JSON.stringify(crash)}`);
  const load = await loadProof(engine);
  console.log(`Load (${name}): ${JSON.stringify(load)}`);
  const down = await downProof();
  console.log(`Database down: POST ${down.post}, pages ${down.page}/${down.after}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    `bench-results/feedback-proof-${name.toLowerCase()}.json`,
    `${JSON.stringify({ date: new Date().toISOString(), engine: name, crash, load, down: { post: down.post, page: down.page } }, null, 2)}\n`,
  );
}
