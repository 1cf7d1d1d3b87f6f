// The agenda's validated moves (A4), re-read whenever the meeting document changes (the agenda map
// is small: a few dozen moves a day), plus a clock for time used that ticks while it runs.
import { useEffect, useState, useSyncExternalStore, useCallback, useRef } from 'react';
import type * as Y from 'yjs';
import type { AgendaMove } from '../../domain/agenda';
import { readAgenda } from '../../meeting/agenda';
import { readRoles, type MeetingRoles } from '../../meeting/roles';

type AgendaRead = { moves: AgendaMove[]; invalid: number };

export function useAgenda(doc: Y.Doc): AgendaRead {
  return useDocValue(doc, readAgenda);
}

export function useRoles(doc: Y.Doc): MeetingRoles {
  return useDocValue(doc, readRoles, (r) => JSON.stringify([[...r.representatives], [...r.moderators], [...r.coordinators], r.invalid]));
}

/** A small validated read of the document, kept as the same object while it does not change. */
export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T, keyOf: (v: T) => string = (v) => JSON.stringify(v)): T {
  const cache = useRef<{ key: string; value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    [doc],
  );
  const get = useCallback(() => {
    const value = read(doc);
    // Same value -> same object, so React does not re-render on every card edit.
    const key = keyOf(value);
    if (cache.current?.key !== key) cache.current = { key, value };
    return cache.current.value;
  }, [doc, read, keyOf]);
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
