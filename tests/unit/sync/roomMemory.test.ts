// What the device remembers about rooms (R1, R3): the room it is in survives in IndexedDB until
// "Salir de la sala"; known devices are kept per meeting, most recent first, bounded, validated
// when read back, and forgotten with the meeting.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newRoomSecret } from '../../../src/sync/crypto';
import {
  clearCurrentRoom,
  forgetMeetingPeers,
  loadCurrentRoom,
  loadKnownPeers,
  MAX_KNOWN_PEERS,
  rememberPeer,
  saveCurrentRoom,
} from '../../../src/sync/roomMemory';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const fp = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

async function putRaw(key: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((ok) => {
    const req = indexedDB.open('bitacora-sala', 1);
    req.onsuccess = () => ok(req.result);
  });
  await new Promise<void>((ok) => {
    const tx = db.transaction('kv', 'readwrite');
    tx.objectStore('kv').put(value, key);
    tx.oncomplete = () => ok();
  });
  db.close();
}

describe('room memory (R1, R3)', () => {
  it('R1: the room the device is in comes back until it leaves', async () => {
    const secret = newRoomSecret();
    await saveCurrentRoom(MEETING, secret);
    expect(await loadCurrentRoom()).toMatchObject({ meetingId: MEETING, secret });
    await clearCurrentRoom();
    expect(await loadCurrentRoom()).toBeNull();
  });

  it('R1: a stored room that is not valid (bad secret, bad meeting id) is ignored', async () => {
    await putRaw('sala-actual', { meetingId: MEETING, secret: 'corto', since: 1 });
    expect(await loadCurrentRoom()).toBeNull();
    await putRaw('sala-actual', { meetingId: '../otro', secret: newRoomSecret(), since: 1 });
    expect(await loadCurrentRoom()).toBeNull();
  });

  it('R3: known devices per meeting, most recent first, bounded, validated, forgotten with the meeting', async () => {
    for (let i = 1; i <= MAX_KNOWN_PEERS + 2; i++) await rememberPeer(MEETING, fp(i), i);
    await rememberPeer(MEETING, fp(3), 100);
    await rememberPeer(MEETING, 'no-es-una-huella', 101);
    const known = await loadKnownPeers(MEETING);
    expect(known).toHaveLength(MAX_KNOWN_PEERS);
    expect(known[0]).toEqual({ fingerprint: fp(3), seenAt: 100 });
    expect(known.filter((k) => k.fingerprint === fp(3))).toHaveLength(1);
    expect(await loadKnownPeers('otro-encuentro')).toEqual([]);
    await putRaw('dispositivos:corrupto', [{ fingerprint: 'x', seenAt: 1 }, null, { fingerprint: fp(9), seenAt: 2 }]);
    expect(await loadKnownPeers('corrupto')).toEqual([{ fingerprint: fp(9), seenAt: 2 }]);
    // Links that open at once: none of their devices is lost.
    await forgetMeetingPeers(MEETING);
    await Promise.all([1, 2, 3].map((i) => rememberPeer(MEETING, fp(i), i)));
    expect((await loadKnownPeers(MEETING)).map((k) => k.fingerprint).sort()).toEqual([fp(1), fp(2), fp(3)]);
    await forgetMeetingPeers(MEETING);
    expect(await loadKnownPeers(MEETING)).toEqual([]);
  });
});
