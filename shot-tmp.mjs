import { chromium } from '@playwright/test';
const [,, url, out, width, selector, js] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js !== 'nojs' });
await page.goto(url);
if (selector) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  if (js === 'click') { await el.click(); }
  await page.evaluate(() => window.scrollBy(0, -120));
}
await page.screenshot({ path: out });
await browser.close();
