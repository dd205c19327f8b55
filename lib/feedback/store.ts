import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { migrateToLatest, openDatabase, type Engine, type FeedbackDatabase } from './database';
import { COMMENT_RETENTION_MONTHS, hourOf, type FeedbackEntry, type FeedbackRow } from './schema';

export { COMMENT_RETENTION_MONTHS };

/** The database could not take or give data: a reason for 503, never for 500. */
export class StorageUnavailable extends Error {
  constructor(cause: unknown) {
    super(
      `feedback storage unavailable: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'StorageUnavailable';
  }
}

export interface PageCount {
  page: string;
  yes: number;
  no: number;
}

export interface StoredComment {
  page: string;
  answer: FeedbackRow['answer'];
  comment: string;
  createdHour: string;
}

/** The first hour whose comments are still kept at `now`. */
export function retentionCutoff(now: Date): string {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - COMMENT_RETENTION_MONTHS);
  return hourOf(cutoff);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof StorageUnavailable ? error : new StorageUnavailable(error);
  }
}

/** Every query the site and the editors' report make, the same on SQLite and PostgreSQL. */
export function feedbackStore(db: Kysely<FeedbackDatabase>) {
  return {
    /** One transaction per answer: when this resolves, the row is committed. */
    save(entry: FeedbackEntry, now: Date): Promise<void> {
      return guarded(() =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('feedback')
            .values({ id: randomUUID(), ...entry, created_hour: hourOf(now) })
            .execute();
        }),
      );
    },

    /** Yes and no per page, pages with the most answers first. */
    pageCounts(): Promise<PageCount[]> {
      return guarded(async () => {
        const rows = await db
          .selectFrom('feedback')
          .select((eb) => [
            'page',
            eb.fn.sum<number | string>(sql`case when answer = 'yes' then 1 else 0 end`).as('yes'),
            eb.fn.sum<number | string>(sql`case when answer = 'no' then 1 else 0 end`).as('no'),
          ])
          .groupBy('page')
          .execute();
        return rows
          .map((row) => ({ page: row.page, yes: Number(row.yes), no: Number(row.no) }))
          .sort((a, b) => b.yes + b.no - (a.yes + a.no) || a.page.localeCompare(b.page));
      });
    },

    /** The newest comments, at most `perPage` for each page, newest first. */
    latestComments(perPage: number): Promise<StoredComment[]> {
      return guarded(async () => {
        const rows = await db
          .selectFrom('feedback')
          .select(['page', 'answer', 'comment', 'created_hour'])
          .where('comment', 'is not', null)
          .orderBy('created_hour', 'desc')
          .orderBy('id')
          .execute();
        const taken = new Map<string, number>();
        const kept: StoredComment[] = [];
        for (const row of rows) {
          const count = taken.get(row.page) ?? 0;
          if (count >= perPage || row.comment === null) continue;
          taken.set(row.page, count + 1);
          kept.push({
            page: row.page,
            answer: row.answer,
            comment: row.comment,
            createdHour: row.created_hour,
          });
        }
        return kept;
      });
    },

    /** Deletes the text of comments older than the retention period; the yes/no stays. */
    pruneComments(now: Date): Promise<number> {
      return guarded(async () => {
        const result = await db
          .updateTable('feedback')
          .set({ comment: null })
          .where('created_hour', '<', retentionCutoff(now))
          .where('comment', 'is not', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      });
    },

    /** Every stored row, oldest first: for tests and the crash proof. */
    rows(): Promise<FeedbackRow[]> {
      return guarded(() =>
        db.selectFrom('feedback').selectAll().orderBy('created_hour').orderBy('id').execute(),
      );
    },

    close: () => db.destroy(),
  };
}

export type FeedbackStore = ReturnType<typeof feedbackStore>;

/** Opens the engine and migrates it: the store is ready to use when this resolves. */
export async function openFeedbackStore(engine: Engine): Promise<FeedbackStore> {
  const db = openDatabase(engine);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new StorageUnavailable(error);
  }
  return feedbackStore(db);
}
