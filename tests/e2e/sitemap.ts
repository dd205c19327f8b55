import type { APIRequestContext } from '@playwright/test';

/** Every page the sitemap lists, as paths, so new routes are tested without touching the tests. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  if (paths.length === 0) throw new Error('sitemap.xml lists no pages');
  return paths;
}

// Pages that always stand for the source-page template in a browser walk: one with a long
// unbroken address, one with no quotes, and one with many quotes.
const SOURCE_PAGES_ALWAYS_WALKED = [
  '/sources/bmas-general-information',
  '/sources/nccih-acupuncture',
  '/sources/brady-2014',
];
const SOURCE_PAGE = /^\/sources\/[^/]+$/;

/**
 * The pages a slow browser walk (axe, zoom, privacy, reading grade) visits: every page, except
 * that the ~100 source pages, which share one template, are represented by every tenth of them
 * in sitemap order and the three above. Checks by HTTP still read every page.
 */
export function browserWalk(paths: readonly string[]): string[] {
  let seen = 0;
  return paths.filter((path) => {
    if (!SOURCE_PAGE.test(path)) return true;
    seen += 1;
    return seen % 10 === 1 || SOURCE_PAGES_ALWAYS_WALKED.includes(path);
  });
}
