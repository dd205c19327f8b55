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
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { Engine } from '../lib/feedback/database';
import { openFeedbackStore } from '../lib/feedback/store';
import { startNext, waitForExit, type RunningNext } from './next-server.mjs';
import { testPostgres } from './test-postgres';

export const PROOF_PAGES = ['/compare', '/therapies/acupuncture', '/guides/your-first-session'];

function engineEnv(engine: Engine): Record<string, string> {
  return engine.kind === 'sqlite'
    ? { FEEDBACK_DB_FILE: engine.file, DATABASE_URL: '' }
    : { DATABASE_URL: engine.url };
}

/** The benchmark's own `next start` (scripts/next-server.mjs), pointed at `engine`. */
export function startServer(engine: Engine, port?: number): Promise<RunningNext> {
  // FEEDBACK_PROOF_PORT pins the port (a shared machine hands out port ranges); else any free one.
  const pinned = port ?? (Number(process.env.FEEDBACK_PROOF_PORT) || undefined);
  return startNext(process.cwd(), { port: pinned, env: engineEnv(engine) });
}

async function stopServer(server: RunningNext, signal: NodeJS.Signals): Promise<void> {
  server.kill(signal);
  await waitForExit(server.child);
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

/** One feedback answer, as the form posts it, from `address`; resolves to the status. */
async function postAnswer(
  origin: string,
  address: string,
  fields: Record<string, string>,
): Promise<number> {
  const response = await fetch(`${origin}/api/feedback`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': address,
    },
    body: new URLSearchParams(fields),
  });
  return response.status;
}

interface CrashJob {
  client: number;
  token: string;
}

function crashJobs(run: string, clients: number, perClient: number): CrashJob[] {
  return Array.from({ length: clients * perClient }, (_, index) => ({
    client: index % clients,
    token: `crash ${run} c${index % clients} n${Math.floor(index / clients)}`,
  })).sort(() => Math.random() - 0.5);
}

interface Burst {
  acknowledged: string[];
  refused: number;
  failed: number;
}

/** Sends every job at once (slightly staggered); SIGKILLs the server after `killAfter` acks. */
async function sendBurst(server: RunningNext, jobs: CrashJob[], killAfter: number): Promise<Burst> {
  const burst: Burst = { acknowledged: [], refused: 0, failed: 0 };
  let killed = false;
  await Promise.all(
    jobs.map(async (job, index) => {
      // A short stagger so the kill lands among requests in flight, not after the last one.
      await new Promise((resolve) => setTimeout(resolve, index * 15));
      try {
        const status = await postAnswer(server.origin, `10.77.0.${job.client + 1}`, {
          page: PROOF_PAGES[index % PROOF_PAGES.length] ?? '/compare',
          answer: index % 3 === 0 ? 'no' : 'yes',
          comment: job.token,
        });
        if (status !== 303 && status !== 200) {
          burst.refused += 1;
          return;
        }
        burst.acknowledged.push(job.token);
        if (!killed && burst.acknowledged.length >= killAfter) {
          killed = true;
          server.kill('SIGKILL');
        }
      } catch {
        burst.failed += 1;
      }
    }),
  );
  return burst;
}

/** What the restarted server's store holds of this run: each token's count. */
async function storedCounts(engine: Engine, run: string): Promise<Map<string, number>> {
  const store = await openFeedbackStore(engine);
  const rows = (await store.rows()).filter((row) => row.comment?.startsWith(`crash ${run} `));
  await store.close();
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.comment ?? '', (counts.get(row.comment ?? '') ?? 0) + 1);
  return counts;
}

function crashResult(jobs: CrashJob[], burst: Burst, counts: Map<string, number>) {
  const sentTokens = new Set(jobs.map((job) => job.token));
  return {
    sent: jobs.length,
    acknowledged: burst.acknowledged.length,
    refused: burst.refused,
    failed: burst.failed,
    stored: [...counts.values()].reduce((sum, count) => sum + count, 0),
    acknowledgedStored: burst.acknowledged.filter((token) => counts.get(token) === 1).length,
    duplicates: [...counts.values()].filter((count) => count > 1).length,
    strays: [...counts.keys()].filter((token) => !sentTokens.has(token)).length,
  };
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
  const jobs = crashJobs(run, clients, perClient);
  const first = await startServer(engine);
  const burst = await sendBurst(first, jobs, killAfter);
  await stopServer(first, 'SIGKILL');

  const server = await startServer(engine, first.port);
  try {
    const page = (await fetch(`${server.origin}/compare`)).status;
    const answer = await postAnswer(server.origin, '10.77.1.1', {
      page: '/compare',
      answer: 'yes',
      comment: `after ${run}`,
    });
    const counts = await storedCounts(engine, run);
    return { ...crashResult(jobs, burst, counts), afterRestart: { page, answer } };
  } finally {
    await stopServer(server, 'SIGTERM');
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
    await stopServer(server, 'SIGTERM');
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
    await stopServer(server, 'SIGTERM');
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
