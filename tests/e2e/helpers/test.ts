// The suite's `test`: Playwright's, plus two things every spec needs.
// 1. A context a test opens with browser.newContext() (every device of a room test is one) is not
//    closed by Playwright when the test ends; left open, its page keeps running (sync timers,
//    WebRTC) for the rest of the worker's run: about 30 live renderers by the end of `npm test` on
//    7 Dec, on a two-core machine. They are closed here.
// 2. When a test fails, what every device's screen showed, and its last errors, are printed before
//    they close: CI keeps nothing else (guide-followup hung once on 7 Dec at a button that never
//    showed, and the log could not say why).
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { describePages, watchPage, type PageLog } from './failureDump';

export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser }, use, testInfo) => {
      const before = new Set(browser.contexts());
      const logs = new Map<Page, PageLog>();
      const watch = (context: BrowserContext) => {
        context.pages().forEach((p) => logs.set(p, watchPage(p)));
        context.on('page', (p) => logs.set(p, watchPage(p)));
      };
      browser.on('context', watch);
      await use();
      browser.off('context', watch);
      const failed = testInfo.status !== testInfo.expectedStatus;
      const screens = failed ? await describePages(logs) : '';
      for (const context of browser.contexts()) if (!before.has(context)) await context.close().catch(() => undefined);
      // As one more error of the failed test: the reporter prints it whole in the failure summary,
      // at the end of the log, where CI's excerpt is (an attachment is cut at 300 characters).
      if (failed) throw new Error(screens);
    },
    { auto: true },
  ],
});
