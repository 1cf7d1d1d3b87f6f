// TEMPORARY (issue 5): a minimal local store of one meeting document with y-indexeddb, with exactly
// the signature of issue 4's `openMeetingDoc`, so the room screen works before the meeting module
// lands. The lead replaces this file with the real one (same database name) when merging.
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';

export const dbNameFor = (meetingId: string): string => `bitacora-encuentro-${meetingId}`;

export async function openMeetingDoc(meetingId: string): Promise<{ doc: Y.Doc; whenSynced: Promise<void>; destroy(): Promise<void> }> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(dbNameFor(meetingId), doc);
  const whenSynced = persistence.whenSynced.then(() => undefined);
  let destroyed = false;
  return {
    doc,
    whenSynced,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await whenSynced.catch(() => undefined);
      await persistence.destroy();
      doc.destroy();
    },
  };
}
