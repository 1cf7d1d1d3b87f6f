// A screen whose code could not be fetched: the Wi-Fi changed or dropped during the very first
// load, before the service worker holds the app (seen in the classroom test: Chromium aborted a
// lazy chunk with ERR_NETWORK_CHANGED), or a new version replaced the files under an old tab.
// React.lazy keeps the failed import for the life of the page, so only a reload fetches it again.
// One automatic reload per minute at most: offline with nothing cached, a second failure shows the
// error screen (with its "Recargar") instead of reloading in a loop.
const KEY = 'bitacora:chunkReloadAt';
const MIN_GAP_MS = 60_000;

/** The messages Chromium, Firefox and Safari give a dynamic import that could not be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message);
}

// Leaving the page aborts the imports still on their way, and Firefox rejects them with the same
// error before the page goes: a reload then would cancel the navigation the teacher (or a test)
// asked for (seen in CI, 7 Dec: Firefox's reload aborted, NS_BINDING_ABORTED).
let leaving = false;
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  const mark = () => (leaving = true);
  window.addEventListener('beforeunload', mark);
  window.addEventListener('pagehide', mark);
  // Back from the back-forward cache: the page is live again.
  window.addEventListener('pageshow', () => (leaving = false));
}

/** Reloads the page if no automatic reload happened in the last minute; says whether it did. */
export function reloadForChunk(now = Date.now()): boolean {
  if (leaving) return false;
  try {
    const last = Number(sessionStorage.getItem(KEY)) || 0;
    if (now - last < MIN_GAP_MS) return false;
    sessionStorage.setItem(KEY, String(now));
  } catch {
    return false; // no sessionStorage, no guard: never risk a loop
  }
  window.location.reload();
  return true;
}
