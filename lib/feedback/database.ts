import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { MIGRATIONS } from './migrations';
import type { FeedbackRow } from './schema';

export interface FeedbackDatabase {
  feedback: FeedbackRow;
}

export type Engine = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Where the SQLite file lives unless FEEDBACK_DB_FILE says otherwise (data/ is git-ignored). */
export const DEFAULT_SQLITE_FILE = 'data/feedback.sqlite';

/** PostgreSQL when DATABASE_URL is set; otherwise the SQLite file. */
export function engineFromEnv(env: Record<string, string | undefined> = process.env): Engine {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  // The file is found at run time, not shipped: without the hint, Turbopack traces the whole
  // project (sources, data/, reports) into the server output of a standalone build.
  const file = env.FEEDBACK_DB_FILE?.trim() || DEFAULT_SQLITE_FILE;
  return { kind: 'sqlite', file: resolve(/* turbopackIgnore: true */ file) };
}

/** Names the engine without the password, for logs and the editors' report. */
export function describeEngine(engine: Engine): string {
  if (engine.kind === 'sqlite') return `SQLite at ${engine.file}`;
  const url = new URL(engine.url);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

function openSqlite(file: string): SQLite.Database {
  mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file, { timeout: 5000 });
  // WAL: readers never block the writer. FULL: a commit is on disk before we acknowledge it.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  return database;
}

export function openDatabase(engine: Engine): Kysely<FeedbackDatabase> {
  if (engine.kind === 'sqlite') {
    return new Kysely<FeedbackDatabase>({
      dialect: new SqliteDialect({ database: async () => openSqlite(engine.file) }),
    });
  }
  const pool = new pg.Pool({
    connectionString: engine.url,
    max: 10,
    // Waiting for a free connection is queueing, not failure: a burst of answers may wait a few
    // seconds. A server that refuses connections still fails at once (and the reader gets 503).
    connectionTimeoutMillis: 15_000,
    query_timeout: 15_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by the server (a restart, a failover) must not crash the site.
  pool.on('error', (error) => console.error(`feedback database: ${error.message}`));
  return new Kysely<FeedbackDatabase>({ dialect: new PostgresDialect({ pool }) });
}

/** Brings the schema up to date; throws (naming the migration) if one fails. */
export async function migrateToLatest(db: Kysely<FeedbackDatabase>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `feedback database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
