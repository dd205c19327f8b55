import { defineConfig, devices } from '@playwright/test';

// scripts/run-e2e.mjs finds the browser and exports its path; it refuses to run without one.
const executablePath = process.env.CHROMIUM_PATH;
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // A stray test.only must fail the run, not shrink it to one test; a test that needs a retry to
  // pass is a failure too.
  forbidOnly: true,
  failOnFlakyTests: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/robots.txt`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Answers posted by the browser tests go to a file of their own, not the site's data/feedback.sqlite.
    env: { FEEDBACK_DB_FILE: 'data/e2e-feedback.sqlite', DATABASE_URL: '' },
  },
});
