import { NextResponse, type NextRequest } from 'next/server';
import { queryRewrite, RESULT_CACHE_CONTROL, selectionRedirect } from '@/lib/http/query-rewrites';
import { allowedMethods, refuse, withoutTrailingSlash } from '@/lib/http/request-guard';
import { securityHeaders } from '@/lib/http/security-headers';
import { proxyContent } from '@/lib/content/proxy-content';

/** Marks every answer that went through the proxy; the browser tests check prerendered pages lack it. */
export const PROXY_TIMING = 'proxy;desc="request guard"';

function secured(response: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders(process.env.NODE_ENV === 'development')) {
    response.headers.set(key, value);
  }
  response.headers.set('Server-Timing', PROXY_TIMING);
  return response;
}

// Runs only where its matcher says (below): prerendered pages and static files never reach it.
export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const refusal = refuse(request.method, url.pathname, proxyContent().refusals);
  if (refusal) {
    return secured(
      new NextResponse(refusal.body || null, {
        status: refusal.status,
        headers: {
          Allow: allowedMethods(url.pathname).join(', '),
          'Content-Type': 'text/plain; charset=utf-8',
        },
      }),
    );
  }
  const canonical = withoutTrailingSlash(url.pathname);
  if (canonical) {
    return secured(NextResponse.redirect(new URL(`${canonical}${url.search}`, url), 308));
  }
  // Answered here rather than by the choice page, whose redirect Next renders with its Location
  // header twice the first time (an ISR redirect); this one costs no render and is cached the same.
  // Checked against the therapies the build validated (the slugs, and the names its messages use).
  const selection = selectionRedirect(url.pathname, url.searchParams, proxyContent().therapies);
  if (selection) {
    const response = NextResponse.redirect(new URL(selection, url), 308);
    response.headers.set('Cache-Control', RESULT_CACHE_CONTROL);
    return secured(response);
  }
  const rewrite = queryRewrite(url.pathname, url.searchParams);
  if (rewrite) return secured(NextResponse.rewrite(new URL(rewrite, url)));
  return secured(NextResponse.next());
}

/**
 * Where the proxy runs. A GET or HEAD of a prerendered page or a static file matches none of
 * these, so Next serves it straight from its cache. Next itself answers other methods there with
 * 405 (Allow: GET, HEAD); any request that carries a body, calls a server action or asks a CORS
 * preflight matches below, so the proxy answers those first, everywhere. Must be literal: Next
 * reads it at build time. A new prerendered route belongs in the first pattern's exemptions
 * (tests/e2e/caching.spec.ts fails for a sitemap page that goes through the proxy); until it is
 * there it is only slower, never unguarded.
 */
export const config = {
  matcher: [
    // Every address except the prerendered route shapes and static files: unknown paths, route
    // handlers, trailing slashes, percent-encoded paths and the internal result routes.
    '/((?!(?:_next/|icons/|manifest\\.webmanifest$|(?:icon|needles)\\.svg$|robots\\.txt$|sitemap\\.xml$|(?:[^%]*/)?opengraph-image(?:-\\w+)?$|$|compare(?:/[^/%]+)?$|(?:therapies|guides|conditions)/[^/%]+$|sources/[^/%]+(?:/quotes\\.json)?$|(?:glossary|sources|about|search|which-is-right-for-me|conditions|changes)$)).*)',
    // Requests with a body, server-action calls and CORS preflights: the method guard.
    { source: '/:path*', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'access-control-request-method' }] },
    // Pages that read a query, only when they have one (lib/http/query-rewrites.ts QUERY_PARAMS).
    { source: '/compare', has: [{ type: 'query', key: 'therapies' }] },
    { source: '/search', has: [{ type: 'query', key: 'q' }] },
    { source: '/which-is-right-for-me', has: [{ type: 'query', key: 'show' }] },
    { source: '/which-is-right-for-me', has: [{ type: 'query', key: 'bother' }] },
    { source: '/which-is-right-for-me', has: [{ type: 'query', key: 'want' }] },
    { source: '/which-is-right-for-me', has: [{ type: 'query', key: 'seeing' }] },
    { source: '/which-is-right-for-me', has: [{ type: 'query', key: 'safety' }] },
    { source: '/which-is-right-for-me', has: [{ type: 'query', key: 'warning' }] },
  ],
};
