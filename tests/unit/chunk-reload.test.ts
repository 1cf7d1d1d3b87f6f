// The reload after a screen's code failed to arrive (src/app/chunkReload.ts): which errors count,
// and the guard that keeps an offline device from reloading in a loop.
import { afterEach, expect, it, vi } from 'vitest';
import { isChunkLoadError, reloadForChunk } from '../../src/app/chunkReload';

afterEach(() => vi.unstubAllGlobals());

it('knows a failed dynamic import in Chromium, Firefox and Safari, and nothing else', () => {
  expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/a-1.js'))).toBe(true);
  expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/assets/a-1.js'))).toBe(true);
  expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
  expect(isChunkLoadError(new Error('Unable to preload CSS for http://x/assets/a.css'))).toBe(true);
  expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBe(false);
  expect(isChunkLoadError(new Error('QuotaExceededError'))).toBe(false);
});

function stubBrowser(storage: Map<string, string> | null) {
  const reload = vi.fn();
  vi.stubGlobal('window', { location: { reload } });
  vi.stubGlobal(
    'sessionStorage',
    storage
      ? { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) }
      : {
          getItem: () => {
            throw new Error('SecurityError');
          },
        },
  );
  return reload;
}

it('reloads once, not again within a minute, and again after it', () => {
  const storage = new Map<string, string>();
  const reload = stubBrowser(storage);
  expect(reloadForChunk(1_000_000)).toBe(true);
  expect(reloadForChunk(1_030_000)).toBe(false);
  expect(reload).toHaveBeenCalledTimes(1);
  expect(reloadForChunk(1_061_000)).toBe(true);
  expect(reload).toHaveBeenCalledTimes(2);
});

it('without sessionStorage it never reloads by itself (no guard, no loop)', () => {
  const reload = stubBrowser(null);
  expect(reloadForChunk(1_000_000)).toBe(false);
  expect(reload).not.toHaveBeenCalled();
});

it('never reloads while the page is being left (Firefox rejects the imports a navigation aborts)', async () => {
  const handlers = new Map<string, () => void>();
  const reload = vi.fn();
  const storage = new Map<string, string>();
  vi.stubGlobal('window', { location: { reload }, addEventListener: (type: string, fn: () => void) => handlers.set(type, fn) });
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  });
  vi.resetModules();
  const fresh = await import('../../src/app/chunkReload');
  handlers.get('beforeunload')!();
  expect(fresh.reloadForChunk(1_000_000)).toBe(false);
  expect(reload).not.toHaveBeenCalled();
  // Back from the back-forward cache, the page is live again.
  handlers.get('pageshow')!();
  expect(fresh.reloadForChunk(1_000_000)).toBe(true);
  handlers.get('pagehide')!();
  expect(fresh.reloadForChunk(2_000_000)).toBe(false);
  expect(reload).toHaveBeenCalledTimes(1);
});
