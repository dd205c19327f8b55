import type { Page } from '@playwright/test';

/**
 * Gives a loaded page time to prefetch what its links point to, so those requests are seen too.
 * Bounded: the router leaves the body of a 404 prefetch unread, so "network idle" may never come.
 */
export async function settle(page: Page, milliseconds = 2_000): Promise<void> {
  await page.waitForLoadState('load');
  await Promise.race([page.waitForLoadState('networkidle'), page.waitForTimeout(milliseconds)]);
}
