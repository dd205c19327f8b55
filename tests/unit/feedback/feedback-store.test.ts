// @vitest-environment node
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { FeedbackDatabase } from '@/lib/feedback/database';
import { handleFeedback } from '@/lib/feedback/handle';
import { createRateLimiter } from '@/lib/feedback/rate-limit';
import {
  feedbackStore,
  openFeedbackStore,
  StorageUnavailable,
  type FeedbackStore,
} from '@/lib/feedback/store';
import {
  ENGINE_READY_TIMEOUT_MS,
  ENGINES,
  fillUntilFull,
  freshSqliteFile,
} from '../../fixtures/feedback-engines';

const NOW = new Date('2026-11-29T13:47:12.345Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KNOWN = ['/compare', '/therapies/acupuncture'];

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return {
    headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded', ...headers }),
    body: new Response(body).body,
  };
}

function depsFor(store: FeedbackStore) {
  return {
    save: store.save,
    limiter: createRateLimiter({ posts: 100, windowMs: 60_000 }),
    isKnownPage: (path: string) => KNOWN.includes(path),
    now: () => NOW,
  };
}

describe.each(ENGINES)('feedback storage on $name', ({ ready, fresh }) => {
  let store: FeedbackStore;

  beforeAll(ready, ENGINE_READY_TIMEOUT_MS);

  beforeEach(async () => {
    store = await openFeedbackStore(await fresh());
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores the page, the answer, the comment without contact details, and the hour only', async () => {
    await store.save(
      {
        page: '/compare',
        answer: 'no',
        comment: 'Mail me at jo@example.org or call +44 20 7946 0958',
      },
      NOW,
    );
    const rows = await store.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      id: expect.stringMatching(UUID),
      page: '/compare',
      answer: 'no',
      comment: 'Mail me at jo@example.org or call +44 20 7946 0958',
      created_hour: '2026-11-29T13:00Z',
    });
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'answer',
      'comment',
      'created_hour',
      'id',
      'page',
    ]);
  });

  it('accepts a valid post through the handler: 303, stored once, contacts removed', async () => {
    const outcome = await handleFeedback(
      post('page=%2Fcompare&answer=yes&comment=Write+to+jo%40example.org+please&website='),
      depsFor(store),
    );
    expect(outcome).toEqual({ status: 303, page: '/compare' });
    expect(await store.rows()).toEqual([
      {
        id: expect.stringMatching(UUID),
        page: '/compare',
        answer: 'yes',
        comment: 'Write to [removed] please',
        created_hour: '2026-11-29T13:00Z',
      },
    ]);
  });

  it('refuses bad posts with a clear status and reason, and stores nothing', async () => {
    const cases: [string, ReturnType<typeof post>, number, string][] = [
      [
        'another site',
        post('page=%2Fcompare&answer=yes', { 'sec-fetch-site': 'cross-site' }),
        403,
        'cross-site',
      ],
      [
        'a body over 4 KB',
        post(`page=%2Fcompare&answer=yes&comment=${'a'.repeat(4100)}`),
        413,
        'too-large',
      ],
      ['an unknown page', post('page=%2Fnowhere&answer=yes'), 400, 'unknown-page'],
      ['no answer', post('page=%2Fcompare&comment=hello'), 400, 'missing-answer'],
      [
        'a comment over 500 characters',
        post(`page=%2Fcompare&answer=no&comment=${'b'.repeat(501)}`),
        400,
        'comment-too-long',
      ],
      [
        'invalid UTF-8',
        post(
          new Uint8Array([
            ...new TextEncoder().encode('page=%2Fcompare&answer=yes&comment='),
            0xff,
            0xfe,
          ]),
        ),
        400,
        'bad-encoding',
      ],
      [
        'an escape that is not UTF-8',
        post('page=%2Fcompare&answer=yes&comment=%E0%A4%A'),
        400,
        'bad-encoding',
      ],
      [
        'a filled honeypot',
        post('page=%2Fcompare&answer=yes&website=http%3A%2F%2Fspam.example'),
        400,
        'honeypot',
      ],
    ];
    expect(cases).toHaveLength(8);
    const deps = depsFor(store);
    for (const [label, request, status, problem] of cases) {
      expect(await handleFeedback(request, deps), label).toMatchObject({ status, problem });
    }
    expect(await store.rows()).toEqual([]);
  });

  it('counts yes and no per page, busiest page first', async () => {
    for (const answer of ['yes', 'yes', 'no', 'yes'] as const) {
      await store.save({ page: '/compare', answer, comment: null }, NOW);
    }
    await store.save({ page: '/therapies/acupuncture', answer: 'no', comment: null }, NOW);
    expect(await store.pageCounts()).toEqual([
      { page: '/compare', yes: 3, no: 1 },
      { page: '/therapies/acupuncture', yes: 0, no: 1 },
    ]);
  });

  it('lists the newest comments, a few per page', async () => {
    await store.save(
      { page: '/compare', answer: 'no', comment: 'old' },
      new Date('2026-10-01T09:10:00Z'),
    );
    await store.save(
      { page: '/compare', answer: 'no', comment: 'middle' },
      new Date('2026-11-01T09:10:00Z'),
    );
    await store.save(
      { page: '/compare', answer: 'yes', comment: 'newest' },
      new Date('2026-11-20T09:10:00Z'),
    );
    await store.save({ page: '/compare', answer: 'yes', comment: null }, NOW);
    await store.save({ page: '/therapies/acupuncture', answer: 'no', comment: 'unclear' }, NOW);
    expect(await store.latestComments(2)).toEqual([
      {
        page: '/therapies/acupuncture',
        answer: 'no',
        comment: 'unclear',
        createdHour: '2026-11-29T13:00Z',
      },
      { page: '/compare', answer: 'yes', comment: 'newest', createdHour: '2026-11-20T09:00Z' },
      { page: '/compare', answer: 'no', comment: 'middle', createdHour: '2026-11-01T09:00Z' },
    ]);
  });

  it('prunes comments older than 12 months and keeps every answer', async () => {
    await store.save(
      { page: '/compare', answer: 'no', comment: 'too old' },
      new Date('2025-11-29T12:59:00Z'),
    );
    await store.save(
      { page: '/compare', answer: 'yes', comment: 'just kept' },
      new Date('2025-11-29T13:00:00Z'),
    );
    expect(await store.pruneComments(NOW)).toBe(1);
    const rows = await store.rows();
    expect(rows.map((row) => [row.created_hour, row.answer, row.comment])).toEqual([
      ['2025-11-29T12:00Z', 'no', null],
      ['2025-11-29T13:00Z', 'yes', 'just kept'],
    ]);
    expect(await store.pruneComments(NOW)).toBe(0);
  });
});

describe('SQLite specifics', () => {
  it('creates the file and its folder on first open, in WAL mode, and migrates only once', async () => {
    const file = freshSqliteFile();
    const engine = { kind: 'sqlite', file } as const;
    expect(existsSync(file)).toBe(false);
    const first = await openFeedbackStore(engine);
    await first.save({ page: '/compare', answer: 'yes', comment: null }, NOW);
    await first.close();
    const second = await openFeedbackStore(engine);
    expect((await second.rows()).map((row) => row.page)).toEqual(['/compare']);
    await second.close();
    const raw = new SQLite(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('select name from kysely_migration').all()).toEqual([
      { name: '0001-create-feedback' },
    ]);
    raw.close();
  });

  it('turns a full database into StorageUnavailable, and the handler into a 503 that stores nothing', async () => {
    const file = freshSqliteFile();
    await (await openFeedbackStore({ kind: 'sqlite', file })).close();
    const raw = new SQLite(file);
    fillUntilFull(raw);
    const filled = raw.prepare("select count(*) as n from feedback where page = '/filler'").get();
    const full = feedbackStore(
      new Kysely<FeedbackDatabase>({ dialect: new SqliteDialect({ database: raw }) }),
    );
    await expect(
      full.save({ page: '/compare', answer: 'yes', comment: 'x'.repeat(500) }, NOW),
    ).rejects.toBeInstanceOf(StorageUnavailable);
    const outcome = await handleFeedback(
      post(`page=%2Fcompare&answer=no&comment=${'y'.repeat(500)}`),
      depsFor(full),
    );
    expect(outcome).toMatchObject({ status: 503, problem: 'unavailable' });
    expect((await full.rows()).filter((row) => row.page !== '/filler')).toEqual([]);
    expect(raw.prepare("select count(*) as n from feedback where page = '/filler'").get()).toEqual(
      filled,
    );
    await full.close();
  });
});

describe('PostgreSQL down', () => {
  it('refuses to open with StorageUnavailable, and the handler answers 503', async () => {
    const down = { kind: 'postgres', url: 'postgres://nobody:x@127.0.0.1:1/none' } as const;
    await expect(openFeedbackStore(down)).rejects.toBeInstanceOf(StorageUnavailable);
    const outcome = await handleFeedback(post('page=%2Fcompare&answer=yes'), {
      save: async (entry, now) => (await openFeedbackStore(down)).save(entry, now),
      limiter: createRateLimiter(),
      isKnownPage: (path) => KNOWN.includes(path),
      now: () => NOW,
    });
    expect(outcome).toMatchObject({ status: 503, problem: 'unavailable' });
  });
});
