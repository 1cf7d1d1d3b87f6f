import { defineConfig } from '@playwright/test';

// Browser tests run against the production build (dist/, service worker included), served by a
// tiny static server that each spec starts on a free loopback port (tests/e2e/helpers/server.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two workers: the machine (and CI) has two cores; more makes WebRTC and crash timings flaky.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium tries to reach Google's hosts at start-up; tests talk only to localhost.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    trace: 'off',
  },
});
