import { describeEngine, engineFromEnv } from './database';
import { openFeedbackStore, type FeedbackStore } from './store';

// One store per server process, kept on globalThis so `next dev` reloads do not open another pool.
const holder = globalThis as typeof globalThis & { feedbackStore?: Promise<FeedbackStore> };

/**
 * The process's store, opened and migrated on first use. A failure is not remembered: the next
 * answer tries again, so a database that comes back is used without restarting the site.
 */
export function getFeedbackStore(): Promise<FeedbackStore> {
  if (!holder.feedbackStore) {
    const engine = engineFromEnv();
    holder.feedbackStore = openFeedbackStore(engine).catch((error: unknown) => {
      holder.feedbackStore = undefined;
      throw error;
    });
    holder.feedbackStore.then(
      () => console.log(`feedback: storing answers in ${describeEngine(engine)}`),
      (error: unknown) =>
        console.error(
          `feedback: ${describeEngine(engine)} is not available (${error instanceof Error ? error.message : error}); answers get 503 until it is`,
        ),
    );
  }
  return holder.feedbackStore;
}
