// Which PostgreSQL the feedback storage tests use (tests/fixtures/feedback-engines.ts, the crash and
// load proof in scripts/feedback-proof.ts):
// 1. TEST_DATABASE_URL, when set: that server, and only that one. If it is down the tests fail
//    (CI sets it in .ci/run and must test a real server, never a stand-in).
// 2. Otherwise the local default, needlewise:needlewise@127.0.0.1:5432/needlewise_test (PGPORT
//    changes the port), when it accepts the connection.
// 3. Otherwise an embedded PGlite (scripts/embedded-postgres.mjs), so `npm test` passes on a
//    machine with no PostgreSQL set up. The code under test is the same: the `pg` driver, the
//    pool and the SQL, over a socket.
// The choice is printed once per process: "PostgreSQL tests: real server at …" or "… embedded".
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export interface TestPostgres {
  url: string;
  embedded: boolean;
  /** One line for the test output: which server, and why. */
  description: string;
}

/** The local server the tests try when TEST_DATABASE_URL is unset. */
export function defaultTestDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const port = env.PGPORT?.trim() || '5432';
  return `postgres://needlewise:needlewise@127.0.0.1:${port}/needlewise_test`;
}

/** Host, port and database of a URL, without the user or password. */
export function whereIs(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('show server_version');
    return result.rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

function startEmbedded(): Promise<{ url: string; version: string }> {
  const script = fileURLToPath(new URL('./embedded-postgres.mjs', import.meta.url));
  const child = spawn(process.execPath, [script], {
    // stdin stays open while this process lives: the server stops when it closes.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const fail = (why: string) =>
      reject(new Error(`The embedded PostgreSQL (PGlite) did not start: ${why}`));
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited with ${code ?? signal}`));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      child.removeAllListeners('exit');
      // Neither the server nor its pipes keep this process alive once the tests are done.
      child.unref();
      child.stdout.destroy();
      (child.stdin as unknown as { unref?: () => void }).unref?.();
      try {
        resolve(JSON.parse(line) as { url: string; version: string });
      } catch {
        fail(`it printed ${JSON.stringify(line.slice(0, 200))} instead of its address`);
      }
    });
  });
}

async function choose(): Promise<TestPostgres> {
  const explicit = process.env.TEST_DATABASE_URL?.trim();
  if (explicit) {
    return {
      url: explicit,
      embedded: false,
      description: `real server at ${whereIs(explicit)} (TEST_DATABASE_URL)`,
    };
  }
  const local = defaultTestDatabaseUrl();
  let why: string;
  try {
    const version = await serverVersion(local);
    return {
      url: local,
      embedded: false,
      description: `real server at ${whereIs(local)} (PostgreSQL ${version}; TEST_DATABASE_URL is unset)`,
    };
  } catch (error) {
    why = error instanceof Error ? error.message || error.name : String(error);
  }
  const embedded = await startEmbedded();
  return {
    url: embedded.url,
    embedded: true,
    description: `embedded PGlite (PostgreSQL ${embedded.version}) at ${whereIs(embedded.url)}, in memory: TEST_DATABASE_URL is unset and ${whereIs(local)} did not accept the connection (${why})`,
  };
}

let chosen: Promise<TestPostgres> | undefined;

/** The PostgreSQL for this test process, chosen (and started, if embedded) once. */
export function testPostgres(): Promise<TestPostgres> {
  chosen ??= choose().then((target) => {
    console.log(`PostgreSQL tests: ${target.description}`);
    return target;
  });
  return chosen;
}
