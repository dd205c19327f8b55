// An in-memory PostgreSQL for the storage tests on a machine without a PostgreSQL server:
// PGlite (PostgreSQL compiled to WebAssembly) behind a socket that speaks the PostgreSQL wire
// protocol, so the code under test connects with the same `pg` driver, pool and SQL as in
// production. It runs in its own process so a busy test process cannot stall its queries.
//
// Prints one line, `{"url": "postgres://…"}`, once it accepts connections. Stops when its stdin
// closes (the process that started it ended) or on SIGTERM/SIGINT. Run by hand:
//   node scripts/embedded-postgres.mjs     (then use the printed url as TEST_DATABASE_URL)
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const db = await PGlite.create('memory://');
// PGlite is one session; the socket server queues the clients' queries and keeps a transaction
// on the client that opened it. The site's pool opens up to 10 connections per server process.
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
await server.start();

const { rows } = await db.query('select version() as version');
const version = String(rows[0]?.version ?? '').split(' ')[1] ?? '';
process.stdout.write(
  `${JSON.stringify({ url: `postgres://postgres@${server.getServerConn()}/postgres`, version })}\n`,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
