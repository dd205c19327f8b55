// Finds a Chromium for the browser tests: an explicit path, then a system Chromium or Chrome, then
// Playwright's own download. Never downloads anything itself.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function onPath(name) {
  try {
    return (
      execFileSync('which', [name], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || null
    );
  } catch {
    return null;
  }
}

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** @returns {Promise<string | null>} */
export async function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit))
      throw new Error(`CHROMIUM_PATH is set to ${explicit}, but no file is there.`);
    return explicit;
  }
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = onPath(name);
    if (found) return found;
  }
  return playwrightOwn();
}

export const NO_CHROMIUM_HELP = `No Chromium or Chrome was found for the browser tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          install Google Chrome, or: brew install --cask chromium
  Anywhere else:  npx playwright install chromium
Or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (!path) {
    console.error(NO_CHROMIUM_HELP);
    process.exit(1);
  }
  console.log(path);
}
