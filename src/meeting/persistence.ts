// Local storage of one meeting document: y-indexeddb, one IndexedDB database per meeting.
// y-indexeddb appends the whole document as a new row every time it opens and trims only at 500
// rows; we compact right after loading (rule P1) so storage does not grow per open. The compaction
// re-reads, merges and replaces the rows inside one IndexedDB transaction (P2), so rows another tab
// wrote meanwhile are merged, never dropped.
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { metaOf } from './layout';

export const dbNameFor = (meetingId: string): string => `bitacora-encuentro-${meetingId}`;

export interface OpenMeetingDoc {
  doc: Y.Doc;
  /** Resolves once the stored state is loaded into doc and compacted. */
  whenSynced: Promise<void>;
  /** Stops persisting and closes the database; data stays on the device. */
  destroy(): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

/** Replaces every stored row with one row holding the full state (P1, P2). Returns rows left. */
export async function compact(persistence: IndexeddbPersistence): Promise<number> {
  const db = persistence.db;
  if (!db) return 0;
  const tx = db.transaction(['updates'], 'readwrite');
  const store = tx.objectStore('updates');
  const done = new Promise<void>((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  const [rows, keys] = await Promise.all([request(store.getAll()), request(store.getAllKeys())]);
  // Rows written by another tab since our load are merged first (origin = persistence: not re-stored).
  Y.transact(persistence.doc, () => rows.forEach((u) => Y.applyUpdate(persistence.doc, u as Uint8Array)), persistence, false);
  const last = keys[keys.length - 1];
  const newKey = await request(store.add(Y.encodeStateAsUpdate(persistence.doc)));
  if (last !== undefined) await request(store.delete(IDBKeyRange.upperBound(last)));
  const count = await request(store.count());
  await done;
  void newKey;
  return count;
}

/** Opens (or creates) the local copy of a meeting. The meeting id lives in doc.getMap('meta'). */
export async function openMeetingDoc(meetingId: string): Promise<OpenMeetingDoc> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(dbNameFor(meetingId), doc);
  const whenSynced = (async () => {
    await persistence.whenSynced;
    await compact(persistence);
    // A fresh document (never written on this device) still knows which meeting it is (M6).
    const meta = metaOf(doc);
    if (meta.get('id') === undefined) meta.set('id', meetingId);
  })();
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

/**
 * How many rows the meeting's update store holds (tests, storage screen). Only for a meeting that
 * was opened before: opening a missing database here would create it without y-indexeddb's stores.
 */
export async function storedRowCount(meetingId: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(dbNameFor(meetingId));
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    if (!db.objectStoreNames.contains('updates')) return 0;
    return await request(db.transaction(['updates'], 'readonly').objectStore('updates').count());
  } finally {
    db.close();
  }
}
