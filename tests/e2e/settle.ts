import type { Page } from '@playwright/test';

/**
 * Gives a loaded page time to prefetch what its links point to, so those requests are seen too:
 * waits until no request has started or finished for `quietMs`, at most `maxMs`. Bounded, because
 * the router leaves the body of a 404 prefetch unread, so the network may never fall idle.
 */
export async function settle(page: Page, maxMs = 2_000, quietMs = 500): Promise<void> {
  await page.waitForLoadState('load');
  let lastActivity = Date.now();
  const touch = () => {
    lastActivity = Date.now();
  };
  page.on('request', touch);
  page.on('requestfinished', touch);
  page.on('requestfailed', touch);
  const started = Date.now();
  while (Date.now() - lastActivity < quietMs && Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  page.off('request', touch);
  page.off('requestfinished', touch);
  page.off('requestfailed', touch);
}
