import type { FeedbackProblem } from '../schemas/text/interface-text';
import type { RateLimiter } from './rate-limit';
import { BODY_MAX_BYTES, type FeedbackEntry } from './schema';
import { clientAddress, isCrossSite, parseForm, validateFields, type Fields } from './submission';

export type FeedbackOutcome =
  | { status: 303; page: string }
  | {
      status: 400 | 403 | 413 | 415 | 429 | 503;
      problem: FeedbackProblem;
      /** What the reader sent, to fill the form in again (absent when it could not be read). */
      fields: Fields;
      retryAfterSeconds?: number;
    };

export interface FeedbackDeps {
  save: (entry: FeedbackEntry, now: Date) => Promise<void>;
  limiter: RateLimiter;
  isKnownPage: (path: string) => boolean;
  now: () => Date;
}

/** Reads at most `max` bytes; null when the body is longer, without reading the rest. */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * One POST /api/feedback, from headers and body to what to answer. Checks run cheapest first;
 * every refusal stores nothing. Storage failures become 503: this function never throws for them.
 */
export async function handleFeedback(
  request: { headers: Headers; body: ReadableStream<Uint8Array> | null },
  deps: FeedbackDeps,
): Promise<FeedbackOutcome> {
  const { headers } = request;
  if (isCrossSite(headers)) return { status: 403, problem: 'cross-site', fields: {} };
  const declared = Number(headers.get('content-length') ?? 0);
  if (declared > BODY_MAX_BYTES) return { status: 413, problem: 'too-large', fields: {} };
  const type = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return { status: 415, problem: 'wrong-type', fields: {} };
  }
  const rate = deps.limiter.check(clientAddress(headers), deps.now().getTime());
  if (!rate.allowed) {
    return {
      status: 429,
      problem: 'rate-limited',
      fields: {},
      retryAfterSeconds: rate.retryAfterSeconds,
    };
  }
  const bytes = await readCapped(request.body, BODY_MAX_BYTES);
  if (bytes === null) return { status: 413, problem: 'too-large', fields: {} };
  const parsed = parseForm(bytes);
  if ('problem' in parsed) return { status: 400, problem: parsed.problem, fields: {} };
  const checked = validateFields(parsed.fields, deps.isKnownPage);
  if ('problem' in checked) return { status: 400, problem: checked.problem, fields: parsed.fields };
  try {
    await deps.save(checked.entry, deps.now());
  } catch (error) {
    // Whatever went wrong below us, the reader gets a clear 503 and the server keeps serving.
    console.error(error instanceof Error ? error.message : error);
    return { status: 503, problem: 'unavailable', fields: parsed.fields };
  }
  return { status: 303, page: checked.entry.page };
}
