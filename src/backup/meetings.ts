// Meeting documents (Yjs, each in its own IndexedDB database through y-indexeddb) in a backup:
// saved as full-state updates, restored by merging, which is safe to repeat (CRDT union).
import * as Y from 'yjs';
import { listMeetings } from '../db/meetings';
import { openMeetingDoc } from '../meeting/persistence';
import { bytesToBase64 } from './base64';

export async function exportMeetings(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const meeting of await listMeetings()) {
    const open = await openMeetingDoc(meeting.id);
    try {
      await open.whenSynced;
      out[meeting.id] = bytesToBase64(Y.encodeStateAsUpdate(open.doc));
    } finally {
      await open.destroy();
    }
  }
  return out;
}

/** Each update was already applied cleanly to a scratch document during validation. */
export async function mergeMeetings(updates: Record<string, Uint8Array>): Promise<void> {
  for (const [id, update] of Object.entries(updates)) {
    const open = await openMeetingDoc(id);
    try {
      await open.whenSynced;
      Y.applyUpdate(open.doc, update);
    } finally {
      await open.destroy();
    }
  }
}
