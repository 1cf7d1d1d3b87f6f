// The app reopens on the screen the teacher was on (issue 14): a phone that kills the browser
// while the camera is open must bring the teacher back to the same form, where the draft waits.
// The screen is kept in IndexedDB (db/device.ts) at every navigation. It is restored only when
// the app is launched fresh on the home screen (the installed app, a new tab: its sessionStorage
// is empty, while a reload or a link to "/" inside the same tab keeps it) and the page was not
// left on purpose (pagehide records that; a kill fires nothing). sessionStorage holds only that
// marker, never the screen itself.
import { useEffect } from 'react';
import { BASE, stripBase } from '../ui/basePath';
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

/** The app's own route of the address bar (the build may live under a sub-path, issue 21). */
export const appPath = (): string => stripBase(window.location.pathname, BASE) ?? '/';

const launchedHome = typeof window !== 'undefined' && freshTab() && appPath() === '/';
let checked = false;
let markChecked: () => void = () => undefined;
/** Settles once the start-up decision (restore the last screen or not) is taken, so the room's own
 * resume (useResumeRoom) acts on the screen the teacher will really see. */
export const firstRouteChecked = new Promise<void>((ok) => (markChecked = ok));
let chain: Promise<void> = Promise.resolve();

function queue(step: () => Promise<void>): void {
  // The device row is best effort: a failure never reaches the screen.
  chain = chain.then(step).catch(() => undefined);
}

const here = () => appPath() + window.location.search;

export function useLastRoute(path: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    queue(async () => {
      const reads = await loadFirstScreenReads();
      if (!checked) {
        checked = true;
        try {
          const last = await reads.readLastRoute();
          if (launchedHome && last && !last.left && last.path !== '/' && appPath() === '/') {
            navigate(last.path, { replace: true });
            return; // the new path's effect records it
          }
        } finally {
          markChecked();
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
