// Local storage of one meeting document: y-indexeddb, one IndexedDB database per meeting.
// y-indexeddb appends a row every time it opens and after every change, and trims only at 500
// rows; we compact (rule P1) whenever a meeting opens with more than COMPACT_ABOVE_ROWS rows, so
// storage does not grow per open. Compaction re-encodes the whole document, which costs as much
// as loading it, so it runs after the panels are on screen (idle time), or when the meeting
// closes if that comes first. It merges and replaces rows inside one IndexedDB transaction (P2),
// so rows another tab wrote meanwhile are merged, never dropped.
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { metaOf } from './layout';
import { shareByKey } from './sharedDocs';

export const dbNameFor = (meetingId: string): string => `bitacora-encuentro-${meetingId}`;
export const COMPACT_ABOVE_ROWS = 10;

interface OpenMeetingDoc {
  doc: Y.Doc;
  /** Resolves once the stored state is loaded into doc. */
  whenSynced: Promise<void>;
  /** Stops persisting (compacting first if it was due) and closes the database; data stays. */
  destroy(): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

/** y-indexeddb's private "first key not loaded yet": rows below it are already in the doc. */
function loadedUpTo(persistence: IndexeddbPersistence): number {
  // A private field of y-indexeddb 9 (set after its load); 0 means "assume nothing loaded".
  const ref = (persistence as unknown as { _dbref?: unknown })._dbref;
  return typeof ref === 'number' ? ref : 0;
}

/**
 * Replaces every stored row with one row holding the full state (P1, P2), when there are more
 * than minRows rows. Returns the rows left.
 */
export async function compact(persistence: IndexeddbPersistence, minRows = 1): Promise<number> {
  const db = persistence.db;
  if (!db) return 0;
  const tx = db.transaction(['updates'], 'readwrite');
  const store = tx.objectStore('updates');
  const done = new Promise<void>((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  const before = await request(store.count());
  if (before <= minRows) {
    await done;
    return before;
  }
  // Rows written after our load (another tab, or our own later changes) are merged first;
  // origin = persistence, so y-indexeddb does not store them again.
  const range = IDBKeyRange.lowerBound(loadedUpTo(persistence));
  const [rows, keys] = await Promise.all([request(store.getAll(range)), request(store.getAllKeys())]);
  Y.transact(persistence.doc, () => rows.forEach((u) => Y.applyUpdate(persistence.doc, u as Uint8Array)), persistence, false);
  const last = keys[keys.length - 1];
  await request(store.add(Y.encodeStateAsUpdate(persistence.doc)));
  if (last !== undefined) await request(store.delete(IDBKeyRange.upperBound(last)));
  const count = await request(store.count());
  await done;
  return count;
}

type Idle = (cb: () => void, opts?: { timeout: number }) => number;

function later(run: () => void): () => void {
  const ric = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (ric) {
    const id = ric(run, { timeout: 10_000 });
    return () => (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback?.(id);
  }
  const id = setTimeout(run, 2000);
  return () => clearTimeout(id);
}

/**
 * Opens a separate instance of a meeting's local copy. Screens and services use openMeetingDoc,
 * which shares one instance per tab; this is for tests that need two instances, as two tabs.
 */
async function openMeetingDocInstance(meetingId: string): Promise<OpenMeetingDoc> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(dbNameFor(meetingId), doc);
  // y-indexeddb listens to 'update' from the start, which makes Yjs encode the whole loaded
  // state once more just to be ignored (origin = persistence): about a third of the load time
  // of a large meeting. Nothing else writes before whenSynced, so we listen only after loading.
  const storeUpdate = (persistence as unknown as { _storeUpdate?: (u: Uint8Array, o: unknown) => void })._storeUpdate;
  if (storeUpdate) doc.off('update', storeUpdate);
  let compaction: Promise<unknown> | null = null;
  let cancelScheduled: (() => void) | null = null;
  /** One compaction at a time; each run checks the row count again, so extra calls are cheap. */
  const runCompaction = async (): Promise<void> => {
    cancelScheduled = null;
    while (compaction) await compaction;
    compaction = compact(persistence, COMPACT_ABOVE_ROWS)
      .catch((err: unknown) => console.error('Compactación', err))
      .finally(() => {
        compaction = null;
      });
    await compaction;
  };
  const whenSynced = (async () => {
    await persistence.whenSynced;
    if (storeUpdate) doc.on('update', storeUpdate);
    performance.mark('meeting:loaded');
    // A fresh document (never written on this device) still knows which meeting it is (M6).
    const meta = metaOf(doc);
    if (meta.get('id') === undefined) meta.set('id', meetingId);
    cancelScheduled = later(() => void runCompaction());
  })();
  let destroyed: Promise<void> | null = null;
  return {
    doc,
    whenSynced,
    destroy() {
      destroyed ??= (async () => {
        await whenSynced.catch(() => undefined);
        cancelScheduled?.();
        await runCompaction(); // flush on close: a no-op unless compaction was due
        await persistence.destroy();
        doc.destroy();
      })();
      return destroyed;
    },
  };
}

const shared = shareByKey(openMeetingDocInstance);

/**
 * Opens (or creates) the local copy of a meeting, shared with every other opener in this tab
 * (see sharedDocs.ts); destroy() releases this opener's hold. The meeting id lives in
 * doc.getMap('meta').
 */
export const openMeetingDoc = (meetingId: string): Promise<OpenMeetingDoc> => shared.open(meetingId);

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

/**
 * Deletes a meeting's local copy (its y-indexeddb database), for "Olvidar este encuentro" (T26).
 * Waits first for this tab's holders to release it (bounded: a screen that never lets go must not
 * hang the teacher). Other tabs' connections are closed by the deletion itself (lib0's idb closes
 * on versionchange); `onBlocked` reports if the browser still waits for one.
 */
export async function deleteMeetingDoc(meetingId: string, opts: { onBlocked?: () => void; waitMs?: number } = {}): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([shared.idle(meetingId), new Promise<void>((ok) => (timer = setTimeout(ok, opts.waitMs ?? 10_000)))]);
  clearTimeout(timer);
  await new Promise<void>((ok, fail) => {
    const req = indexedDB.deleteDatabase(dbNameFor(meetingId));
    req.onsuccess = () => ok();
    req.onerror = () => fail(req.error);
    req.onblocked = () => opts.onBlocked?.();
  });
}
