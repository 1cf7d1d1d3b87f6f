// The suite's `test`: Playwright's, plus one thing every spec needs. A context a test opens with
// browser.newContext() (every device of a room test is one) is not closed by Playwright when the
// test ends; left open, its page keeps running (sync timers, WebRTC) for the rest of the worker's
// run: about 30 live renderers by the end of `npm test` on 7 Dec, on a two-core machine.
import { test as base } from '@playwright/test';

export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      for (const context of browser.contexts()) if (!before.has(context)) await context.close().catch(() => undefined);
    },
    { auto: true },
  ],
});
