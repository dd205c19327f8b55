// Pure checks on one posted answer: where it came from, how it is encoded, what it says.
import type { FeedbackProblem } from '../schemas/text/interface-text';
import { redactContacts } from './redact';
import { answerSchema, COMMENT_MAX_LENGTH, FIELD, type FeedbackEntry } from './schema';

export type Fields = Partial<Record<(typeof FIELD)[keyof typeof FIELD], string>>;

/**
 * A browser marks a post from another site with Sec-Fetch-Site (all current browsers) and an
 * Origin header. Our own pages send `Origin: null`, because the site's Referrer-Policy is
 * no-referrer, so a null Origin alone is not proof of another site. Clients that send neither
 * header are not browsers acting for a reader, so there is nobody to forge a request for.
 */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  if (origin === null || origin === 'null') return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * `application/x-www-form-urlencoded`, strictly: bytes that are not UTF-8, or percent-escapes that
 * do not decode to UTF-8, are refused (URLSearchParams would silently turn them into U+FFFD).
 */
export function parseForm(bytes: Uint8Array): { fields: Fields } | { problem: 'bad-encoding' } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'bad-encoding' };
  }
  const fields: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const [rawName, rawValue] = at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    try {
      const name = decodeURIComponent(rawName.replaceAll('+', ' '));
      const value = decodeURIComponent(rawValue.replaceAll('+', ' '));
      // The first value of a repeated field counts, as a browser's form would send only one.
      if (!(name in fields)) fields[name] = value;
    } catch {
      return { problem: 'bad-encoding' };
    }
  }
  return { fields };
}

/** Turns the form's fields into what is stored, or the first reason to refuse them. */
export function validateFields(
  fields: Fields,
  isKnownPage: (path: string) => boolean,
): { entry: FeedbackEntry } | { problem: FeedbackProblem } {
  const page = fields[FIELD.page] ?? '';
  if (!isKnownPage(page)) return { problem: 'unknown-page' };
  if ((fields[FIELD.honeypot] ?? '') !== '') return { problem: 'honeypot' };
  const answer = answerSchema.safeParse(fields[FIELD.answer]);
  if (!answer.success) return { problem: 'missing-answer' };
  // Line endings count once each, as the textarea's maxlength counts them.
  const comment = (fields[FIELD.comment] ?? '').replaceAll('\r\n', '\n').trim();
  if ([...comment].length > COMMENT_MAX_LENGTH) return { problem: 'comment-too-long' };
  const redacted = redactContacts(comment);
  return {
    entry: {
      page,
      answer: answer.data,
      // Redaction can lengthen a short comment only slightly; the column still bounds it.
      comment: redacted === '' ? null : [...redacted].slice(0, COMMENT_MAX_LENGTH).join(''),
    },
  };
}

/**
 * The address the rate limit counts: the last X-Forwarded-For hop, which is the one the nearest
 * proxy (or `next start` itself) wrote. It is hashed at once and never stored.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim());
  return hops.filter(Boolean).at(-1) ?? headers.get('x-real-ip') ?? 'unknown';
}
