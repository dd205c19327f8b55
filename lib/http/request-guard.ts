// Pure checks behind proxy.ts: which requests the site refuses before Next sees them, and how.
import type { RefusalText } from '../schemas/text/interface-text';

/** The site serves documents: its forms are GET (design.md), so pages take no body. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

/**
 * The only addresses that take a POST: each is a route handler that reads and checks its body.
 * Everything else answers POST with 405. Add a path here when you add a write endpoint.
 */
export const POST_PATHS = ['/api/feedback'] as const;

/** The methods one address answers, for its Allow header. */
export function allowedMethods(rawPath: string): string[] {
  return (POST_PATHS as readonly string[]).includes(rawPath)
    ? [...ALLOWED_METHODS, 'POST']
    : [...ALLOWED_METHODS];
}

export type Refusal = { status: 204 | 400 | 405; body: string };

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to answer instead of the page, in `words` (content/site-text.yaml `interface.refusals`),
 * or null to let the request through. `rawPath` is as the client sent it (still percent-encoded). The query needs no check: Next re-encodes it before the
 * proxy runs, so a page reads `?q=%ZZ` as the text "%ZZ".
 */
export function refuse(method: string, rawPath: string, words: RefusalText): Refusal | null {
  const upper = method.toUpperCase();
  if (upper === 'OPTIONS') return { status: 204, body: '' };
  if (!allowedMethods(rawPath).includes(upper)) {
    return { status: 405, body: words.wrongMethod };
  }
  // Next answers a route parameter it cannot decode with a 500; a malformed address is the
  // client's mistake, so it gets a 400 before it reaches the router.
  if (!decodes(rawPath)) {
    return { status: 400, body: words.badEncoding };
  }
  return null;
}

/**
 * The address without trailing slashes, or null when it has none. Next would redirect these
 * itself, but before any header rule applies; the proxy redirects so the answer carries them.
 */
export function withoutTrailingSlash(rawPath: string): string | null {
  if (rawPath.length <= 1 || !rawPath.endsWith('/')) return null;
  // Leading slashes collapse to one: `//example.com/` must not become a redirect to another site.
  return `/${rawPath.replace(/^[/\\]+/, '').replace(/\/+$/, '')}`;
}
