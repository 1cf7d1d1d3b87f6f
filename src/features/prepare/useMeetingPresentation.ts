// The presentation timer of a meeting's shared document, live, so the slides show the same
// countdown as every device in the room. Yjs loads only when a meeting timer is chosen.
import { useEffect, useState } from 'react';
import type { Presentation } from '../../domain/meetingTimerState';

export function useMeetingPresentation(meetingId: string | null): Presentation | null {
  const [presentation, setPresentation] = useState<Presentation | null>(null);
  useEffect(() => {
    setPresentation(null);
    if (!meetingId) return;
    let closed = false;
    let cleanup = () => {};
    void (async () => {
      const [{ openMeetingDoc }, { readTimer }] = await Promise.all([import('../../meeting/persistence'), import('../../meeting/read')]);
      const open = await openMeetingDoc(meetingId);
      await open.whenSynced;
      if (closed) return void open.destroy();
      const read = () => setPresentation(readTimer(open.doc).presentation);
      open.doc.on('update', read);
      read();
      cleanup = () => {
        open.doc.off('update', read);
        void open.destroy();
      };
    })();
    return () => {
      closed = true;
      cleanup();
    };
  }, [meetingId]);
  return presentation;
}
