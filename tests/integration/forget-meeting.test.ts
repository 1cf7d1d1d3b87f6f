// "Olvidar este encuentro" (T26) across the device's stores, on fake-indexeddb: the list row, the
// meeting's y-indexeddb database and the room secret all go; another meeting is untouched; a
// document still held by a screen in this tab is let go before its database is deleted.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { getMeetingRecord } from '../../src/db/meetings';
import { createMeeting } from '../../src/features/meetings/actions';
import { forgetMeeting } from '../../src/features/meetings/forgetMeeting';
import { dbNameFor, openMeetingDoc } from '../../src/meeting/persistence';
import { readMeta } from '../../src/meeting/read';
import { hasSecret, loadOrCreateSecret } from '../../src/sync/secretStore';
import { loadCurrentRoom, loadKnownPeers, rememberPeer, saveCurrentRoom } from '../../src/sync/roomMemory';
import { ANA } from '../helpers/meetingFixtures';

beforeAll(() => {
  // Node has no localStorage: a Map-backed one, the browser's boundary for the room secrets.
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const databases = async () => (await indexedDB.databases()).map((d) => d.name);

it('T26: forgetting removes the list row, the document database and the room secret, and nothing of another meeting', async () => {
  const kept = await createMeeting({ name: 'Se queda', date: '2026-11-30', place: '' }, ANA.school, 1);
  const gone = await createMeeting({ name: 'Se olvida', date: '2026-12-01', place: '' }, ANA.school, 2);
  const keptSecret = loadOrCreateSecret(kept.id);
  loadOrCreateSecret(gone.id);
  expect(await databases()).toContain(dbNameFor(gone.id));
  // What the device learned for rejoining (R2) and the room it was in (R1).
  await rememberPeer(gone.id, 'a'.repeat(64));
  await rememberPeer(kept.id, 'b'.repeat(64));
  await saveCurrentRoom(gone.id, loadOrCreateSecret(gone.id));
  expect(await loadKnownPeers(gone.id)).toHaveLength(1);

  await forgetMeeting(gone.id);
  expect(await loadKnownPeers(gone.id)).toEqual([]);
  expect(await loadCurrentRoom()).toBeNull();
  expect(await loadKnownPeers(kept.id)).toHaveLength(1);

  expect(await getMeetingRecord(gone.id)).toBeUndefined();
  expect(await databases()).not.toContain(dbNameFor(gone.id));
  expect(hasSecret(gone.id)).toBe(false);
  // A device that comes back to the room would get a new secret: a room nobody else is in.
  expect(await getMeetingRecord(kept.id)).toMatchObject({ name: 'Se queda' });
  expect(await databases()).toContain(dbNameFor(kept.id));
  expect(loadOrCreateSecret(kept.id)).toBe(keptSecret);
});

it('T26: a document a screen still holds is released first, then deleted; reopening finds it empty', async () => {
  const meta = await createMeeting({ name: 'Abierto en pantalla', date: '2026-12-01', place: '' }, ANA.school, 3);
  const screen = await openMeetingDoc(meta.id);
  await screen.whenSynced;
  expect(readMeta(screen.doc)?.name).toBe('Abierto en pantalla');
  let done = false;
  const forgetting = forgetMeeting(meta.id).then(() => (done = true));
  // The record goes at once; the database waits for the screen to let go.
  await expect.poll(async () => (await getMeetingRecord(meta.id)) === undefined).toBe(true);
  expect(done).toBe(false);
  await screen.destroy();
  await forgetting;
  expect(await databases()).not.toContain(dbNameFor(meta.id));
  const again = await openMeetingDoc(meta.id);
  await again.whenSynced;
  expect(readMeta(again.doc)).toBeNull();
  await again.destroy();
});
