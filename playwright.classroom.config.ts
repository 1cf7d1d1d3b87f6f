import { defineConfig } from '@playwright/test';

// The classroom network test (tests/classroom, issue 13): network namespaces, so root only, and
// slower than the e2e suite; `npm run test:classroom` builds first and .ci/run runs it after npm test.
export default defineConfig({
  testDir: 'tests/classroom',
  outputDir: 'test-results/classroom',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Bounded actions: a CI run on 7 Dec spent a hook's whole 240 s on one unbounded wait, and
  // said nothing of where (launch now names its step and what the page showed).
  use: { trace: 'off', actionTimeout: 30_000, navigationTimeout: 30_000 },
});
