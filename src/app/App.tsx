import { lazy, Suspense, useEffect, useState } from 'react';
import { common } from '../i18n/common';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { usePath } from '../ui/router';
import { findRoute, preloadScreens } from './routes';
import { NotFound } from './NotFound';
import { Notices } from './Notices';
import { readCachedSchool, writeCachedSchool } from '../ui/schoolCache';
import { loadFirstScreenReads, useLazyLiveQuery } from '../ui/lazyLive';
import { useLastRoute } from './lastRoute';
import { useResumeRoom } from './useResumeRoom';

// Once per device: the school form (and its save) stays out of every later start-up.
const FirstRun = lazy(() => import('../features/school/FirstRun').then((m) => ({ default: m.FirstRun })));

export function App() {
  const path = usePath();
  // null = no school yet (first run); undefined = still reading the database.
  const stored = useLazyLiveQuery(async (r) => (await r.getSchool()) ?? null, []);
  const [cached] = useState(readCachedSchool);
  const school = stored === undefined ? (cached ?? undefined) : stored;
  const match = findRoute(path);
  useLastRoute(path, !!school);
  useResumeRoom(Boolean(school));

  useEffect(() => {
    if (stored !== undefined) writeCachedSchool(stored);
  }, [stored]);

  useEffect(() => {
    // After the first screen, when the phone is idle: never in the way of start-up.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 2000));
    idle(() => {
      preloadScreens();
      // Abandoned drafts (docs/RECORDS.md): once per start, when nothing else is going on.
      void loadFirstScreenReads()
        .then((r) => r.expireDrafts())
        .catch(() => undefined);
    });
  }, []);

  useEffect(() => {
    document.title = match ? `${match.route.title} · ${common.appName}` : common.appName;
  }, [match]);

  if (school === undefined) {
    return (
      <p className="splash" role="status">
        {common.loading}
      </p>
    );
  }
  if (school === null) {
    return (
      <>
        <Notices />
        <Suspense
          fallback={
            <p className="splash" role="status">
              {common.loading}
            </p>
          }
        >
          <FirstRun />
        </Suspense>
      </>
    );
  }
  const Screen = match?.route.component;
  if (Screen && match?.route.bare) {
    return (
      <ErrorBoundary key={path}>
        <Suspense fallback={<p role="status">{common.loading}</p>}>
          <Screen params={match.params} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return (
    <Shell school={school} path={path}>
      <Notices />
      <ErrorBoundary key={path}>
        <Suspense fallback={<p role="status">{common.loading}</p>}>
          {Screen && match ? <Screen params={match.params} /> : <NotFound />}
        </Suspense>
      </ErrorBoundary>
    </Shell>
  );
}
