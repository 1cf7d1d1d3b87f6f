// Which cards of the open meeting have a kept edit (a draft that waited through a kill or a
// reload): one shared subscription per draft form, so a wall of cards costs one query, and only
// the cards named here (or being edited) read their draft.
import { useSyncExternalStore } from 'react';
import { watchDraftRecordIds } from '../../db/drafts';

interface Watch {
  ids: ReadonlySet<string>;
  listeners: Set<() => void>;
  stop: (() => void) | null;
  subscribe: (listener: () => void) => () => void;
  get: () => ReadonlySet<string>;
}

const watches = new Map<string, Watch>();

function watchOf(form: string): Watch {
  const known = watches.get(form);
  if (known) return known;
  const w: Watch = {
    ids: new Set(),
    listeners: new Set(),
    stop: null,
    subscribe(listener) {
      w.listeners.add(listener);
      w.stop ??= watchDraftRecordIds(form, (ids) => {
        const same = ids.length === w.ids.size && ids.every((id) => w.ids.has(id));
        if (same) return;
        w.ids = new Set(ids);
        w.listeners.forEach((l) => l());
      });
      return () => {
        w.listeners.delete(listener);
        if (w.listeners.size > 0) return;
        w.stop?.();
        w.stop = null;
      };
    },
    get: () => w.ids,
  };
  watches.set(form, w);
  return w;
}

/** The record ids ("<meeting>/<card>") that have a kept draft of `form`. */
export function useKeptEdits(form: string): ReadonlySet<string> {
  const w = watchOf(form);
  return useSyncExternalStore(w.subscribe, w.get, w.get);
}
