import { expect, test } from '@playwright/test';
import { CONNECTION_CLOSED, rawRequest, type RawResponse } from './raw-http';
import { sitemapPaths } from './sitemap';

// Prerendered pages skip the proxy (tests/e2e/caching.spec.ts). A DELETE or OPTIONS with no body
// and no preflight header then meets Next alone: it refuses one on a page without parameters
// (405, Allow: GET, HEAD), but answers DELETE on a page built from generateStaticParams with the
// page itself, and OPTIONS there with 400. docs/security.md explains why that is accepted.
const PLAIN_PRERENDERED = ['/', '/compare', '/search', '/which-is-right-for-me', '/glossary'];
const PRERENDERED_WITH_PARAMS = [
  '/therapies/dry-needling',
  '/guides/your-first-session',
  '/compare/acupuncture-vs-dry-needling',
];

// Odd and hostile requests: each gets the status that names the client's mistake, never a 500,
// never a file from outside the site, and (where Next answers at all) the security headers.

const long = (length: number) => 'a'.repeat(length);
const NOT_OURS = /root:x:0:0|"name":\s*"needlewise"|BEGIN [A-Z ]*PRIVATE KEY|\[core\]/;

function baseOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('playwright.config.ts sets baseURL');
  return baseURL;
}

function expectSafe(response: RawResponse, label: string, allowed: number[]) {
  expect(allowed, `${label}: status ${response.status}`).toContain(response.status);
  expect(response.body, `${label}: leaks a file`).not.toMatch(NOT_OURS);
  expect(response.body, `${label}: leaks a stack trace`).not.toMatch(
    /\bat [\w.<>]+ \(\/|node_modules\//,
  );
  // Node itself refuses oversized heads (414/431) before Next, so only those may lack our headers.
  if (![414, 431, CONNECTION_CLOSED].includes(response.status)) {
    expect(response.headers['content-security-policy'], `${label}: CSP`).toBeTruthy();
  }
}

const CORPUS: { path: string; allowed: number[]; why: string }[] = [
  { path: '/no-such-page', allowed: [404], why: 'unknown page' },
  { path: '/therapies/not-a-therapy', allowed: [404], why: 'unknown therapy' },
  { path: '/guides/not-a-guide', allowed: [404], why: 'unknown guide' },
  { path: '/therapies/dry-needling/extra/segments', allowed: [404], why: 'too deep' },
  { path: '/wp-admin/', allowed: [308], why: 'trailing slash, redirected by the proxy' },
  { path: '/wp-admin', allowed: [404], why: 'scanner junk' },
  { path: '/.env', allowed: [404], why: 'secrets probe' },
  { path: '/.git/config', allowed: [404], why: 'repository probe' },
  { path: '/index.php?id=1%27%20OR%201=1--', allowed: [404], why: 'SQL injection probe' },
  { path: '/%00', allowed: [400, 404], why: 'NUL byte' },
  { path: '/_next/static/chunks/no-such-chunk.js', allowed: [404], why: 'unknown asset' },
  { path: '/sitemap.xml/extra', allowed: [404], why: 'junk after a file' },
  { path: '/../../etc/passwd', allowed: [400, 404], why: 'path traversal' },
  { path: '/%2e%2e/%2e%2e/etc/passwd', allowed: [400, 404], why: 'encoded traversal' },
  { path: '/..%2f..%2f..%2fetc%2fpasswd', allowed: [400, 404], why: 'encoded slashes' },
  {
    path: '/%252e%252e/%252e%252e/etc/passwd',
    allowed: [400, 404],
    why: 'double-encoded traversal',
  },
  {
    path: '/_next/static/../../../package.json',
    allowed: [400, 404],
    why: 'traversal out of assets',
  },
  {
    path: '/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json',
    allowed: [400, 404],
    why: 'encoded, out of assets',
  },
  {
    path: '/therapies/..%2f..%2f..%2fpackage.json',
    allowed: [400, 404],
    why: 'traversal through a slug',
  },
  { path: '/%', allowed: [400], why: 'lone percent sign' },
  { path: '/therapies/%ZZ', allowed: [400], why: 'invalid hex in a slug' },
  { path: '/guides/%E0%A4%A', allowed: [400], why: 'truncated UTF-8 in a slug' },
  { path: '/%C0%AF', allowed: [400], why: 'overlong UTF-8' },
  { path: `/${long(10_000)}`, allowed: [404, 414, 431], why: '10 kB path' },
  { path: `/therapies/${long(10_000)}`, allowed: [404, 414, 431], why: '10 kB slug' },
  { path: `/?q=${long(10_000)}`, allowed: [200, 414, 431], why: '10 kB query string' },
  {
    path: `/?q=${long(100_000)}`,
    allowed: [414, 431, CONNECTION_CLOSED],
    why: '100 kB query string',
  },
  {
    path: '/_next/image?url=https%3A%2F%2Fexample.com%2Fx.png&w=64&q=75',
    allowed: [400],
    why: 'remote image',
  },
];

test('a corpus of unknown, junk, traversal, oversized and badly encoded requests gets 4xx, never 500', async ({
  baseURL,
}) => {
  for (const { path, allowed, why } of CORPUS) {
    const response = await rawRequest(baseOf(baseURL), 'GET', path);
    expectSafe(response, `${why} (${path.slice(0, 60)})`, allowed);
  }
});

test('every sitemap page survives a malformed query: same answer as without it, or 400', async ({
  baseURL,
  request,
}) => {
  const paths = await sitemapPaths(request);
  // The pages that read a query, with the parameter each reads, then one junk key on every page.
  const queries = [
    'q=%E0%A4%A',
    'therapies=%',
    'therapies=%ZZ,%',
    'x=%ZZ',
    'q=%',
    `q=${long(10_000)}`,
    'q[]=1&q[]=2',
  ];
  for (const path of paths) {
    const plain = await rawRequest(baseOf(baseURL), 'GET', path);
    expect(plain.status, `${path} without a query`).toBeLessThan(500);
    for (const query of queries) {
      const response = await rawRequest(baseOf(baseURL), 'GET', `${path}?${query}`);
      expectSafe(response, `${path}?${query.slice(0, 40)}`, [plain.status, 400]);
    }
  }
  for (const [path, query] of [
    ['/search', 'q=%E0%A4%A'],
    ['/compare', 'therapies=%'],
    ['/which-is-right-for-me', 'x=%ZZ'],
  ] as const) {
    const response = await rawRequest(baseOf(baseURL), 'GET', `${path}?${query}`);
    expect(response.status, `${path}?${query}`).toBeLessThan(500);
  }
});

test('pages answer HEAD like GET, a preflight with Allow, and refuse other methods with 405', async ({
  baseURL,
  request,
}) => {
  const paths = [...(await sitemapPaths(request)), '/no-such-page'];
  for (const path of paths) {
    const get = await rawRequest(baseOf(baseURL), 'GET', path);
    const head = await rawRequest(baseOf(baseURL), 'HEAD', path);
    expect(head.status, `HEAD ${path}`).toBe(get.status);
    expect(head.body, `HEAD ${path} body`).toBe('');
    expect(head.headers['content-security-policy'], `HEAD ${path} CSP`).toBeTruthy();

    // A CORS preflight (the only OPTIONS a browser sends) reaches the proxy on every address.
    const preflight = await rawRequest(baseOf(baseURL), 'OPTIONS', path, {
      origin: 'https://elsewhere.example',
      'access-control-request-method': 'POST',
    });
    expect(preflight.status, `OPTIONS ${path}`).toBe(204);
    expect(preflight.headers.allow, `OPTIONS ${path} Allow`).toBe('GET, HEAD, OPTIONS');

    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await rawRequest(baseOf(baseURL), method, path, {
        'content-type': 'text/plain',
      });
      expectSafe(response, `${method} ${path}`, [405]);
      expect(response.headers.allow, `${method} ${path} Allow`).toBe('GET, HEAD, OPTIONS');
    }
  }
});

test('a trailing slash redirects to the same page on this site, with the security headers', async ({
  baseURL,
}) => {
  for (const [path, location] of [
    ['/therapies/dry-needling/', '/therapies/dry-needling'],
    ['/therapies/dry-needling/?a=1', '/therapies/dry-needling?a=1'],
  ] as const) {
    const response = await rawRequest(baseOf(baseURL), 'GET', path);
    expect(response.status, path).toBe(308);
    const target = new URL(String(response.headers.location), baseOf(baseURL));
    expect(target.origin, path).toBe(new URL(baseOf(baseURL)).origin);
    expect(`${target.pathname}${target.search}`, path).toBe(location);
    expect(response.headers['content-security-policy'], path).toBeTruthy();
  }
});

/** The Location of a redirect that leaves this site (or could: `//host`, `/\\host`, `https:`), else null. */
function offSiteRedirect(
  response: { status: number; headers: Record<string, unknown> },
  base: string,
) {
  if (response.status < 300 || response.status >= 400) return null;
  const location = String(response.headers.location);
  const leaves =
    /^(\/\/|\/\\|https?:)/.test(location) ||
    new URL(location, base).origin !== new URL(base).origin;
  return leaves ? location : null;
}

test('repeated leading slashes never redirect to another site', async ({ baseURL }) => {
  // Next collapses these itself, before the proxy runs; we only check it stays on this site.
  for (const path of ['//example.com/', '///example.com//', '//example.com', '/\\example.com/']) {
    const response = await rawRequest(baseOf(baseURL), 'GET', path);
    expect(response.status, path).toBeLessThan(500);
    expect(offSiteRedirect(response, baseOf(baseURL)), path).toBeNull();
  }
});

test('forged framework headers (server action, router state) get no 500', async ({ baseURL }) => {
  const forged: { method: string; headers: Record<string, string> }[] = [
    {
      method: 'POST',
      headers: { 'Next-Action': 'deadbeef', 'content-type': 'text/plain;charset=UTF-8' },
    },
    { method: 'GET', headers: { RSC: '1', 'Next-Router-State-Tree': 'not json' } },
    { method: 'GET', headers: { RSC: '1', 'Next-Router-State-Tree': '%7B' } },
    {
      method: 'GET',
      headers: {
        RSC: '1',
        'Next-Router-Prefetch': '1',
        'Next-Router-Segment-Prefetch': '/../../x',
      },
    },
    { method: 'GET', headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
  ];
  for (const path of ['/', '/therapies/dry-needling', '/no-such-page']) {
    for (const { method, headers } of forged) {
      const response = await rawRequest(baseOf(baseURL), method, path, headers);
      expect(response.status, `${method} ${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      expect(response.body).not.toMatch(NOT_OURS);
    }
  }
});

test('a body-less DELETE or OPTIONS meets the proxy, or Next alone on a prerendered page', async ({
  baseURL,
}) => {
  const options = await rawRequest(baseOf(baseURL), 'OPTIONS', '/no-such-page');
  expectSafe(options, 'OPTIONS /no-such-page', [204]);
  expect(options.headers.allow, 'OPTIONS /no-such-page').toBe('GET, HEAD, OPTIONS');
  const remove = await rawRequest(baseOf(baseURL), 'DELETE', '/no-such-page');
  expectSafe(remove, 'DELETE /no-such-page', [405]);
  expect(remove.headers.allow, 'DELETE /no-such-page').toBe('GET, HEAD, OPTIONS');
  for (const method of ['DELETE', 'OPTIONS']) {
    for (const path of PLAIN_PRERENDERED) {
      const response = await rawRequest(baseOf(baseURL), method, path);
      expectSafe(response, `${method} ${path}`, [405]);
      expect(response.headers.allow, `${method} ${path} Allow`).toBe('GET, HEAD');
    }
  }
  for (const path of PRERENDERED_WITH_PARAMS) {
    const get = await rawRequest(baseOf(baseURL), 'GET', path);
    const response = await rawRequest(baseOf(baseURL), 'DELETE', path);
    // Nothing is changed or revealed: the same prerendered page a GET gets.
    expectSafe(response, `DELETE ${path}`, [200]);
    expect(response.body, `DELETE ${path}`).toBe(get.body);
    expectSafe(await rawRequest(baseOf(baseURL), 'OPTIONS', path), `OPTIONS ${path}`, [400]);
    // POST, PUT and PATCH always carry Content-Length (Node and browsers send 0), so the proxy
    // refuses them even with no body.
    for (const method of ['POST', 'PUT', 'PATCH']) {
      const refused = await rawRequest(baseOf(baseURL), method, path);
      expectSafe(refused, `${method} ${path} with no body`, [405]);
      expect(refused.headers.allow, `${method} ${path}`).toBe('GET, HEAD, OPTIONS');
    }
  }
});
