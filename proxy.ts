import { NextResponse, type NextRequest } from 'next/server';
import { ALLOWED_METHODS, refuse } from '@/lib/request-guard';
import { securityHeaders } from '@/lib/security-headers';

// Runs before the router but does not make any page dynamic: static pages stay prerendered.
export function proxy(request: NextRequest) {
  const refusal = refuse(request.method, new URL(request.url).pathname);
  if (!refusal) return NextResponse.next();
  const response = new NextResponse(refusal.body || null, {
    status: refusal.status,
    headers: { Allow: ALLOWED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
  });
  for (const { key, value } of securityHeaders(process.env.NODE_ENV === 'development')) {
    response.headers.set(key, value);
  }
  return response;
}
