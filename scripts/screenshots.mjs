// Screenshots of pages at desktop and phone widths, light and dark, into screenshots/ (git-ignored),
// for a person to look at. Usage: node scripts/screenshots.mjs [baseURL] [path …]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, NO_CHROMIUM_HELP } from './find-chromium.mjs';

const [baseURL = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const executablePath = await findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const path of paths.length ? paths : ['/']) {
  for (const width of [1280, 320]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(new URL(path, baseURL).href);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
      await page.close();
    }
  }
}
await browser.close();
