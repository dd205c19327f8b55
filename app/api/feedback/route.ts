import type { NextRequest } from 'next/server';
import { handleFeedback } from '@/lib/feedback/handle';
import { isFeedbackPage, thanksPath } from '@/lib/feedback/pages';
import { problemPage } from '@/lib/feedback/problem-page';
import { createRateLimiter } from '@/lib/feedback/rate-limit';
import { FIELD } from '@/lib/feedback/schema';
import { getFeedbackStore } from '@/lib/feedback/server-store';
import { loadFeedbackWords } from '@/lib/content/pages/feedback';

// The answers are written per request; nothing here may be cached or prerendered.
export const dynamic = 'force-dynamic';

const limiter = createRateLimiter();

const NO_STORE = { 'Cache-Control': 'no-store' };

/** POST /api/feedback: the form's target. Browsers without JavaScript get a 303 or an HTML page;
 * the enhanced form asks for JSON (Accept: application/json) and shows the outcome in place. */
export async function POST(request: NextRequest) {
  const outcome = await handleFeedback(request, {
    save: async (entry, now) => (await getFeedbackStore()).save(entry, now),
    limiter,
    isKnownPage: isFeedbackPage,
    now: () => new Date(),
  });
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const words = loadFeedbackWords();

  if (outcome.status === 303) {
    if (wantsJson) {
      return Response.json({ ok: true, message: words.thanksHeading }, { headers: NO_STORE });
    }
    return new Response(null, {
      status: 303,
      headers: { ...NO_STORE, Location: thanksPath(outcome.page) },
    });
  }

  const headers: Record<string, string> = { ...NO_STORE };
  if (outcome.retryAfterSeconds) headers['Retry-After'] = String(outcome.retryAfterSeconds);
  if (wantsJson) {
    return Response.json(
      { ok: false, problem: outcome.problem, message: words.problems[outcome.problem] },
      { status: outcome.status, headers },
    );
  }
  const page = outcome.fields[FIELD.page];
  return new Response(
    problemPage({
      problem: outcome.problem,
      fields: outcome.fields,
      knownPage: page !== undefined && isFeedbackPage(page) ? page : null,
      words,
    }),
    { status: outcome.status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } },
  );
}
