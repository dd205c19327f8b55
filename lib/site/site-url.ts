import { z } from 'zod';

/** What a fresh clone uses when SITE_URL is not set: fine for trying the site, never for a deploy. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * SITE_URL as the build accepts it: an absolute http(s) address with no path, query or fragment,
 * and https unless it is this machine. Canonical links, the sitemap and structured data are built
 * from it, so a wrong one would send search engines and readers to the wrong place.
 */
export const SiteUrlSchema = z
  .string()
  .trim()
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: 'SITE_URL must be an absolute address, like https://needlewise.example',
    }),
  )
  .transform((value) => new URL(value))
  .refine((url) => url.protocol === 'https:' || LOCAL_HOSTS.has(url.hostname), {
    error: 'SITE_URL must use https (only localhost may use http)',
  })
  .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username, {
    error: 'SITE_URL must be the site’s origin only, with no path, query, login or #fragment',
  })
  .transform((url) => url.origin);

export function isLocalOrigin(origin: string): boolean {
  return LOCAL_HOSTS.has(new URL(origin).hostname);
}

/** The validated origin, or an Error that says what is wrong with the value given. */
export function parseSiteUrl(value: string | undefined): string {
  const result = SiteUrlSchema.safeParse(
    value === undefined || value === '' ? DEFAULT_SITE_URL : value,
  );
  if (result.success) return result.data;
  const why = result.error.issues.map((issue) => issue.message).join('; ');
  throw new Error(`SITE_URL="${value}" cannot be used: ${why}.`);
}
