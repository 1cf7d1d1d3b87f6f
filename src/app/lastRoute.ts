// The app reopens on the screen the teacher was on (issue 14): a phone that kills the browser
// while the camera is open must bring the teacher back to the same form, where the draft waits.
// The screen is kept in IndexedDB (db/device.ts) at every navigation. It is restored only when
// the app is launched fresh on the home screen (the installed app, a new tab: its sessionStorage
// is empty, while a reload or a link to "/" inside the same tab keeps it) and the page was not
// left on purpose (pagehide records that; a kill fires nothing). sessionStorage holds only that
// marker, never the screen itself.
import { useEffect } from 'react';
import { loadFirstScreenReads } from '../ui/lazyLive';
import { navigate } from '../ui/router';

const TAB_MARK = 'bitacora.tab';

function freshTab(): boolean {
  try {
    const fresh = sessionStorage.getItem(TAB_MARK) === null;
    sessionStorage.setItem(TAB_MARK, '1');
    return fresh;
  } catch {
    return false; // storage blocked: never move the teacher somewhere unexpected
  }
}

const launchedHome = typeof window !== 'undefined' && freshTab() && window.location.pathname === '/';
let checked = false;
let chain: Promise<void> = Promise.resolve();

function queue(step: () => Promise<void>): void {
  // The device row is best effort: a failure never reaches the screen.
  chain = chain.then(step).catch(() => undefined);
}

const here = () => window.location.pathname + window.location.search;

export function useLastRoute(path: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    queue(async () => {
      const reads = await loadFirstScreenReads();
      if (!checked) {
        checked = true;
        const last = await reads.readLastRoute();
        if (launchedHome && last && !last.left && last.path !== '/' && window.location.pathname === '/') {
          navigate(last.path, { replace: true });
          return; // the new path's effect records it
        }
      }
      await reads.writeLastRoute({ path: here(), at: Date.now(), left: false });
    });
  }, [path, ready]);

  useEffect(() => {
    if (!ready) return;
    const left = (e: PageTransitionEvent) => {
      if (e.persisted) return; // kept in the back-forward cache: it may come back as it is
      queue(async () => (await loadFirstScreenReads()).writeLastRoute({ path: here(), at: Date.now(), left: true }));
    };
    window.addEventListener('pagehide', left);
    return () => window.removeEventListener('pagehide', left);
  }, [ready]);
}
