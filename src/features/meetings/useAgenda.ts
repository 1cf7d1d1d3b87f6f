// The agenda's validated moves (A4), re-read whenever the meeting document changes (the agenda map
// is small: a few dozen moves a day), plus a clock for time used that ticks while it runs.
import { useEffect, useState, useSyncExternalStore, useCallback, useRef } from 'react';
import type * as Y from 'yjs';
import type { AgendaMove } from '../../domain/agenda';
import { readAgenda } from '../../meeting/agenda';

type AgendaRead = { moves: AgendaMove[]; invalid: number };

export function useAgenda(doc: Y.Doc): AgendaRead {
  const cache = useRef<{ key: string; value: AgendaRead } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    [doc],
  );
  const get = useCallback(() => {
    const value = readAgenda(doc);
    // Same moves -> same object, so React does not re-render on every card edit.
    const key = JSON.stringify(value);
    if (cache.current?.key !== key) cache.current = { key, value };
    return cache.current.value;
  }, [doc]);
  return useSyncExternalStore(subscribe, get);
}

export function useMinuteClock(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, [active]);
  return now;
}
