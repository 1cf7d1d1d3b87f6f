// Live queries for the first screen without Dexie in the entry chunk. Dexie and the repositories
// (~35 KB gzip) load after the first render, from the first of these hooks' effects; the shell
// shows the school cached in localStorage and the home screen its headings meanwhile. Measured at
// 4x CPU, interleaved runs: the first screen ~80-180 ms sooner, the home screen's cards ~60-130 ms
// later (Dexie's evaluation and the database open no longer overlap the first render). Loading
// it before the first render instead, or modulepreloading it, gave back most of the first gain.
// Same contract as dexie-react-hooks' useLiveQuery: undefined until the first result, re-run
// when the data changes, errors thrown to the ErrorBoundary, the last result kept on new deps.
import { useEffect, useState, type DependencyList } from 'react';

type Reads = typeof import('./firstScreenReads');

let reads: Promise<Reads> | undefined;

export function loadFirstScreenReads(): Promise<Reads> {
  // A failed import is forgotten, so the next screen asks the browser again. Chromium keeps the
  // failure of a module until the page reloads: chunkReload.ts reloads then (ErrorBoundary).
  return (reads ??= import('./firstScreenReads').catch((error: unknown) => {
    reads = undefined;
    throw error;
  }));
}

export function useLazyLiveQuery<T>(query: (reads: Reads) => Promise<T>, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  useEffect(() => {
    let closed = false;
    let unsubscribe = () => {};
    loadFirstScreenReads().then(
      (r) => {
        if (closed) return;
        const subscription = r
          .liveQuery(() => query(r))
          .subscribe({
            next: (value) => setState({ value }),
            error: (error: unknown) => setState({ error }),
          });
        unsubscribe = () => subscription.unsubscribe();
      },
      (error: unknown) => {
        if (!closed) setState({ error });
      },
    );
    return () => {
      closed = true;
      unsubscribe();
    };
    // The caller's deps, as with useLiveQuery: the query closes over exactly those.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (state.error !== undefined) throw state.error;
  return state.value;
}
