// Runs once when the server starts: opens the feedback database and brings its schema up to date,
// so the SQLite file exists (created and migrated) from the first start. A database that is down
// only logs here; the site serves and answers 503 to feedback until it is back.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getFeedbackStore } = await import('./lib/feedback/server-store');
  await getFeedbackStore().catch(() => undefined);
}
