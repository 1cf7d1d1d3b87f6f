// src/meeting/persistence.ts relies on two private fields of y-indexeddb 9 (package.json pins the
// exact version): `_dbref` (the first stored row not yet loaded, for compaction) and `_storeUpdate`
// (the doc listener it detaches while loading). If an upgrade renames or reshapes either, this test
// fails before compaction silently stops or every open re-encodes the whole meeting.
import { expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import pkg from '../../package.json' with { type: 'json' };

const internals = (p: IndexeddbPersistence) => p as unknown as { _dbref?: unknown; _storeUpdate?: unknown };

it('y-indexeddb is pinned to one exact version', () => {
  expect(pkg.dependencies['y-indexeddb']).toMatch(/^\d+\.\d+\.\d+$/);
});

it('_dbref counts the rows already loaded and _storeUpdate is the doc update listener that stores rows', async () => {
  const name = 'internals-1';
  const doc = new Y.Doc();
  const first = new IndexeddbPersistence(name, doc);
  await first.whenSynced;
  doc.getMap('m').set('a', 1);
  doc.getMap('m').set('b', 2);
  await new Promise((r) => setTimeout(r, 50));
  await first.destroy();

  const again = new Y.Doc();
  const second = new IndexeddbPersistence(name, again);
  await second.whenSynced;
  // Every stored row was loaded: shortly after 'synced' the reference points past them (a row key).
  await vi.waitFor(() => expect(internals(second)._dbref).toBeGreaterThan(2));
  expect(again.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
  // Detaching the listener stops y-indexeddb from storing: the write below does not survive a reopen.
  const listener = internals(second)._storeUpdate;
  expect(typeof listener).toBe('function');
  again.off('update', listener as (u: Uint8Array, o: unknown) => void);
  again.getMap('m').set('c', 3);
  await new Promise((r) => setTimeout(r, 50));
  await second.destroy();

  const third = new Y.Doc();
  const p3 = new IndexeddbPersistence(name, third);
  await p3.whenSynced;
  expect(third.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
  await p3.destroy();
});
