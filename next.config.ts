import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { securityHeaders } from './lib/http/security-headers';
import { isLocalOrigin, parseSiteUrl } from './lib/site/site-url';

/** Files in public/ whose names carry a version (`name-v2.png`): a new file gets a new name. */
const VERSIONED_PUBLIC_FILE = '/:file(.*-v\\d+(?:-\\d+)?\\.(?:png|svg|webmanifest|jpg|webp))';

export default function config(phase: string): NextConfig {
  // Checked before anything is built: a bad SITE_URL stops the build with the reason.
  const siteUrl = parseSiteUrl(process.env.SITE_URL);
  // Said once per build (the build loads this file again in its workers, which inherit the flag).
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.NEEDLEWISE_SITE_URL_SHOWN) {
    process.env.NEEDLEWISE_SITE_URL_SHOWN = '1';
    console.log(
      isLocalOrigin(siteUrl)
        ? `Site URL: ${siteUrl}. Links, the sitemap and structured data point at localhost: set SITE_URL=https://your.domain before building a site for others.`
        : `Site URL: ${siteUrl} (links, the sitemap and structured data point here).`,
    );
  }
  return {
    // Contentlayer's Next plugin only hooks webpack; content is built by `contentlayer2 build` first.
    turbopack: {},
    poweredByHeader: false,
    reactStrictMode: true,
    // Fixed into the build: pages rendered later (cached results) use the origin the build checked.
    env: { SITE_URL: siteUrl },
    // proxy.ts redirects /path/ to /path itself, so the redirect carries the security headers.
    skipTrailingSlashRedirect: true,
    // The proxy then sees the URL the server was asked for. Normalised, a server listening on
    // 127.0.0.1 (the usual place behind nginx) hands the proxy a `localhost` URL, its rewrites
    // look like another site's, and Next fetches every result page from itself over HTTP.
    skipProxyUrlNormalize: true,
    experimental: {
      // Result pages are keyed by their query, which readers choose: keep that cache in memory
      // (bounded by cacheMaxMemorySize, 50 MB by default), never on disk where it could grow.
      isrFlushToDisk: false,
    },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'development') },
        {
          source: VERSIONED_PUBLIC_FILE,
          headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
        },
      ];
    },
  };
}
