import { expect, test, type APIRequestContext } from '@playwright/test';
import { rawRequest } from './raw-http';
import { sitemapPaths } from './sitemap';

// How each kind of route may be cached, and which requests the proxy sees. proxy.ts marks every
// answer it writes with this Server-Timing entry; a prerendered page must never carry it.
const PROXY_MARK = /\bproxy\b/;
const PRERENDERED = /^s-maxage=31536000\b/;
const RESULT_PAGE = /^s-maxage=3600, stale-while-revalidate=\d+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Therapy, guide and condition pages are rebuilt in the background every hour, so that a page whose
// review falls due shows its overdue notice that day without a new deploy: a CDN may keep them an hour.
const ARTICLE = /^s-maxage=3600, stale-while-revalidate=\d+$/;
const cacheRuleFor = (path: string) =>
  /^\/(?:therapies|guides|conditions)\//.test(path) ? ARTICLE : PRERENDERED;

async function headersOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers() };
}

test('every prerendered page is cacheable by a CDN (articles for an hour, the rest for a year) and never passes through the proxy', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/compare',
      '/compare/acupuncture-vs-dry-needling',
      '/search',
      '/which-is-right-for-me',
      '/therapies/dry-needling',
      '/guides/your-first-session',
      '/conditions',
      '/conditions/low-back-pain',
    ]),
  );
  for (const path of paths) {
    const { status, headers } = await headersOf(request, path);
    expect(status, path).toBe(200);
    expect(headers['cache-control'], `${path} Cache-Control`).toMatch(cacheRuleFor(path));
    expect(headers['server-timing'] ?? '', `${path} went through the proxy`).not.toMatch(
      PROXY_MARK,
    );
    // The security headers come from next.config.ts, so they are there without the proxy.
    expect(headers['content-security-policy'], `${path} CSP`).toContain("default-src 'self'");
  }
});

test('both column orders of a pair are prerendered; a pair no profile allows is a 404', async ({
  request,
}) => {
  for (const path of [
    '/compare/acupuncture-vs-dry-needling',
    '/compare/dry-needling-vs-acupuncture',
  ]) {
    const { status, headers } = await headersOf(request, path);
    expect(status, path).toBe(200);
    expect(headers['cache-control'], path).toMatch(PRERENDERED);
    expect(headers['server-timing'] ?? '', path).not.toMatch(PROXY_MARK);
  }
  for (const path of [
    '/compare/acupuncture-vs-acupuncture',
    '/compare/acupuncture-vs-cupping',
    '/compare/acupuncture',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('a result page is cached by the address for an hour, then refreshed in the background', async ({
  request,
}) => {
  for (const path of [
    '/search?q=needle',
    '/which-is-right-for-me?show=answer&bother=neck-pain',
    '/compare?therapies=acupuncture,cupping',
  ]) {
    const first = await headersOf(request, path);
    expect(first.status, path).toBe(200);
    expect(first.headers['cache-control'], `${path} Cache-Control`).toMatch(RESULT_PAGE);
    expect(first.headers['cache-control'], path).not.toContain('no-store');
    expect(first.headers['server-timing'], `${path} is rewritten by the proxy`).toMatch(PROXY_MARK);
    // Rewritten inside the server: an absolute URL here would make Next fetch the page from
    // itself over HTTP (it does when the host it listens on and the proxy's URL differ, as
    // 127.0.0.1 and localhost do), which halves the throughput of every result page.
    expect(first.headers['x-middleware-rewrite'], `${path} rewrite target`).toMatch(
      /^\/(?:search\/results|which-is-right-for-me\/answer|compare\/choose)\/[\w-]+$/,
    );
    // The second request is answered from the result cache, with the same policy.
    const second = await headersOf(request, path);
    expect(second.headers['cache-control'], path).toMatch(RESULT_PAGE);
    expect(second.headers['x-nextjs-cache'], `${path} second answer`).toBe('HIT');
  }
  const api = await headersOf(request, '/api/search?q=needle');
  expect(api.headers['cache-control']).toBe(
    'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
  );
});

test('static files skip the proxy: build assets and versioned public files are immutable', async ({
  page,
  request,
}) => {
  const assets: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_next/static/')) assets.push(response.url());
  });
  await page.goto('/');
  expect(assets.length).toBeGreaterThan(0);
  const versioned = [
    '/icons/needlewise-v1-192.png',
    '/icons/needlewise-v1-512.png',
    '/icons/needlewise-maskable-v1-512.png',
    '/icons/apple-touch-icon-v1-180.png',
  ];
  for (const path of [...assets, ...versioned]) {
    const { status, headers } = await headersOf(request, path);
    expect(status, path).toBe(200);
    expect(headers['cache-control'], path).toBe(IMMUTABLE);
    expect(headers['server-timing'] ?? '', path).not.toMatch(PROXY_MARK);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
});

test('the manifest names the site, gives its colours and lists icons that exist', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.webmanifest',
  );
  const response = await request.get('/manifest.webmanifest');
  // Its words come from content/, so it must not be kept a year like the versioned files.
  expect(response.headers()['cache-control'] ?? '').not.toContain('immutable');
  const manifest = (await response.json()) as {
    description: string;
    name: string;
    short_name: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest).toMatchObject({
    short_name: 'Needlewise',
    theme_color: '#0f5c55',
    background_color: '#fbfaf7',
  });
  // The words of content/site-text.yaml (interface.manifest).
  expect(manifest.name).toBe('Needlewise: dry needling and acupuncture, explained and compared');
  expect(manifest.description).toMatch(/^Plain-language, sourced explanations/);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual([
    'any',
    '192x192',
    '512x512',
    '512x512',
  ]);
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  }
});

test('the proxy still answers what it guards: 400, trailing slashes, and POST only where allowed', async ({
  baseURL,
}) => {
  const base = baseURL ?? '';
  const badPath = await rawRequest(base, 'GET', '/therapies/%ZZ');
  expect(badPath.status).toBe(400);
  expect(badPath.headers['server-timing']).toMatch(PROXY_MARK);
  const slash = await rawRequest(base, 'GET', '/compare/');
  expect(slash.status).toBe(308);
  expect(slash.headers.location).toBe('/compare');
  expect(slash.headers['content-security-policy']).toBeTruthy();
  const post = await rawRequest(base, 'POST', '/compare', { 'content-type': 'text/plain' });
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
  // The one write path (issue 14's feedback form) is let through to its route handler.
  const feedback = await rawRequest(base, 'OPTIONS', '/api/feedback');
  expect(feedback.status).toBe(204);
  expect(feedback.headers.allow).toBe('GET, HEAD, OPTIONS, POST');
});
