// Runs once when the server starts, before it answers anything.
//
// First the content: `loadContent()` validates the whole store and keeps it for the process. A
// broken store is an error an editor must fix, so a production server prints every problem (file
// and field) and exits rather than answer each page with a 500; in development the error stands
// in Next's overlay until the content is fixed.
//
// Then the feedback database: opened and brought up to date, so the SQLite file exists (created
// and migrated) from the first start. A database that is down only logs here; the site serves and
// answers 503 to feedback until it is back.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { ContentError } = await import('./lib/content/content-error');
  const { loadContent } = await import('./lib/content/store');
  try {
    loadContent();
  } catch (error) {
    if (error instanceof ContentError && process.env.NODE_ENV === 'production') {
      console.error(`The server cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { getFeedbackStore } = await import('./lib/feedback/server-store');
  await getFeedbackStore().catch(() => undefined);
}
