// Opens a meeting's Y.Doc for as long as a screen shows it, and exposes its validated snapshot.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { openMeetingDoc } from '../../meeting/persistence';
import { createMeetingStore, type MeetingStore } from '../../meeting/store';
import type { MeetingSnapshot } from '../../meeting/snapshot';

type MeetingDocState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; doc: Y.Doc; store: MeetingStore };

export function useMeetingDoc(meetingId: string): MeetingDocState {
  const [state, setState] = useState<MeetingDocState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let store: MeetingStore | null = null;
    performance.mark('meeting:open');
    const opening = openMeetingDoc(meetingId);
    opening
      .then(async (opened) => {
        await opened.whenSynced;
        if (cancelled) return;
        store = createMeetingStore(opened.doc);
        setState({ status: 'ready', doc: opened.doc, store });
      })
      .catch((err: unknown) => {
        console.error('No se pudo abrir el encuentro', err);
        if (!cancelled) setState({ status: 'error' });
      });
    return () => {
      cancelled = true;
      store?.destroy();
      void opening.then((o) => o.destroy()).catch(() => undefined);
    };
  }, [meetingId]);
  return state;
}

export function useMeetingSnapshot(store: MeetingStore): MeetingSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
