import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

const nextConfig: NextConfig = {
  // Contentlayer's Next plugin only hooks webpack; content is built by `contentlayer2 build` first.
  turbopack: {},
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts redirects /path/ to /path itself, so the redirect carries the security headers.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'development') },
    ];
  },
};

export default nextConfig;
