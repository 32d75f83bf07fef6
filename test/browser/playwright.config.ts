import { defineConfig } from '@playwright/test';

/**
 * The console's journeys in Chromium against the real, built service (global-setup starts it on
 * a free port with a fresh embedded database and the demo data). Run by `npm test` through
 * scripts/browser-tests.js, which finds the Chromium (CHROMIUM_PATH) and builds the service.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.browser.ts',
  outputDir: './results',
  globalSetup: './global-setup.ts',
  // One service, one database, two cores shared with other work: one journey at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      // Root in a container needs --no-sandbox; the rest keep Chromium off the (closed) network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
