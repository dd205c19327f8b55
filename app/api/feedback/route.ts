import type { NextRequest } from 'next/server';
import { handleFeedback } from '@/lib/feedback/handle';
import { FEEDBACK_PROBLEMS, FEEDBACK_TEXT } from '@/lib/feedback/messages';
import { isFeedbackPage, thanksPath } from '@/lib/feedback/pages';
import { problemPage } from '@/lib/feedback/problem-page';
import { createRateLimiter } from '@/lib/feedback/rate-limit';
import { FIELD } from '@/lib/feedback/schema';
import { getFeedbackStore } from '@/lib/feedback/server-store';

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

  if (outcome.status === 303) {
    if (wantsJson) {
      return Response.json(
        { ok: true, message: FEEDBACK_TEXT.thanksHeading },
        { headers: NO_STORE },
      );
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
      { ok: false, problem: outcome.problem, message: FEEDBACK_PROBLEMS[outcome.problem] },
      { status: outcome.status, headers },
    );
  }
  const page = outcome.fields[FIELD.page];
  return new Response(
    problemPage({
      problem: outcome.problem,
      fields: outcome.fields,
      knownPage: page !== undefined && isFeedbackPage(page) ? page : null,
    }),
    { status: outcome.status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } },
  );
}
