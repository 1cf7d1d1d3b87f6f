// Chromium grants real screen wake locks on localhost; these watch them without replacing them.
import type { BrowserContext, Page } from '@playwright/test';

export async function watchWakeLocks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __locks: WakeLockSentinel[] };
    w.__locks = [];
    const real = navigator.wakeLock.request.bind(navigator.wakeLock);
    navigator.wakeLock.request = async (type?: 'screen') => {
      const lock = await real(type);
      w.__locks.push(lock);
      return lock;
    };
  });
}

/** Screen wake locks the page holds right now. */
export function heldWakeLocks(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __locks: WakeLockSentinel[] }).__locks.filter((l) => !l.released).length);
}
