import { expect, test, type Page } from '@playwright/test';
import { settle } from './settle';
import { browserWalk, sitemapPaths } from './sitemap';

// Security headers on every page (and the 404) as the browser receives them, and proof that the
// policy breaks nothing: no violation reports and no console errors while each page loads.

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

function expectSecurityHeaders(headers: Record<string, string>, label: string) {
  const csp = headers['content-security-policy'];
  expect(csp, `${label}: Content-Security-Policy`).toBeTruthy();
  const policy = directives(csp ?? '');
  expect(csp, `${label}: no unsafe-eval`).not.toContain('unsafe-eval');
  expect(policy.get('default-src'), `${label}: default-src`).toEqual(["'self'"]);
  expect(policy.get('object-src'), `${label}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${label}: base-uri`).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors'), `${label}: frame-ancestors`).toEqual(["'none'"]);
  expect(policy.get('form-action'), `${label}: form-action`).toEqual(["'self'"]);
  for (const name of ['script-src', 'connect-src', 'img-src', 'font-src', 'style-src']) {
    const sources = policy.get(name) ?? [];
    expect(sources, `${label}: ${name} allows only this site`).not.toContainEqual(
      expect.stringMatching(/^(https?:|\*|\w+\.\w+)/),
    );
  }
  const hsts = headers['strict-transport-security'] ?? '';
  expect(
    Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0),
    `${label}: HSTS of at least a year`,
  ).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-content-type-options'], `${label}: nosniff`).toBe('nosniff');
  expect(
    ['no-referrer', 'strict-origin-when-cross-origin', 'same-origin'],
    `${label}: Referrer-Policy`,
  ).toContain(headers['referrer-policy']);
  expect(headers['permissions-policy'], `${label}: Permissions-Policy`).toMatch(
    /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  );
  expect(headers['x-powered-by'], `${label}: no X-Powered-By`).toBeUndefined();
}

/** Collects CSP violation events (from before any page script runs) and console errors. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return async () => {
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    return [...errors.splice(0), ...violations.map((violation) => `CSP: ${violation}`)];
  };
}

test('every page and the 404 carry the security headers, and the policy breaks nothing', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const paths = [...browserWalk(await sitemapPaths(request)), '/no-such-page'];
  const problems = await watch(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    expectSecurityHeaders(await response!.allHeaders(), path);
    // Next prefetches the links in view once the page is idle: let those requests run too.
    await settle(page);
    await page.mouse.wheel(0, 4000);
    await settle(page);
    // A 404 document logs "Failed to load resource" by design; routes.spec.ts checks statuses.
    const found = (await problems()).filter(
      (problem) => !(response!.status() === 404 && /Failed to load resource: .* 404/.test(problem)),
    );
    expect(found, `${path}: console errors or CSP violations`).toEqual([]);
  }
});

/** Every response with an error status, as "404 /path": a missing chunk shows up here by name. */
function failedResponses(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400)
      failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return failed;
}

test('client-side navigation and the search form work under the policy', async ({ page }) => {
  const problems = await watch(page);
  const failed = failedResponses(page);
  await page.goto('/');
  await settle(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dry needling' })
    .click();
  await expect(page).toHaveURL(/\/therapies\/dry-needling$/);
  await expect(page.locator('h1')).toHaveCount(1);
  await page.getByRole('banner').getByRole('searchbox').fill('needle');
  await page.getByRole('banner').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=needle/);
  await settle(page);
  // Nothing the navigation asked for is missing: no chunk, no prefetched page, no asset.
  expect(failed).toEqual([]);
  expect(await problems()).toEqual([]);
});

test('static assets carry the headers too', async ({ page, request }) => {
  const assets: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_next/static/')) assets.push(response.url());
  });
  await page.goto('/');
  await settle(page);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['x-content-type-options'], asset).toBe('nosniff');
    expect(response.headers()['content-security-policy'], asset).toBeTruthy();
  }
});
