import { NextResponse, type NextRequest } from 'next/server';
import { ALLOWED_METHODS, refuse, withoutTrailingSlash } from '@/lib/request-guard';
import { securityHeaders } from '@/lib/security-headers';

function secured(response: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders(process.env.NODE_ENV === 'development')) {
    response.headers.set(key, value);
  }
  return response;
}

// Runs before the router but does not make any page dynamic: static pages stay prerendered.
export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const refusal = refuse(request.method, url.pathname);
  if (refusal) {
    return secured(
      new NextResponse(refusal.body || null, {
        status: refusal.status,
        headers: { Allow: ALLOWED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
      }),
    );
  }
  const canonical = withoutTrailingSlash(url.pathname);
  if (canonical) {
    return secured(NextResponse.redirect(new URL(`${canonical}${url.search}`, url), 308));
  }
  return NextResponse.next();
}
