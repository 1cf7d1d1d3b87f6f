// What this device remembers about rooms, in IndexedDB so it survives a kill (localStorage lost
// the last writes of a SIGKILLed Chromium, TOOLCHAIN.md): the room it is in right now (meeting id
// and secret, cleared by "Salir de la sala"), the DTLS certificate that gives it a stable
// fingerprint (certStore.ts), and per meeting the fingerprints of the devices it was linked to
// (learned only over authenticated links, R3). Its own small database, outside Dexie's schema:
// a start-up reads it without loading Dexie, and a meeting's memory is forgotten in one delete.
// Everything read back is validated: storage can be cleared or corrupted under us.
import { isRoomSecret } from './crypto';

const DB_NAME = 'bitacora-sala';
const STORE = 'kv';
const CURRENT = 'sala-actual';
const CERT = 'certificado';
const peersKey = (meetingId: string) => `dispositivos:${meetingId}`;
/** More known devices than this only makes the rejoin QR denser (one slot each, R2). */
export const MAX_KNOWN_PEERS = 6;
const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FINGERPRINT_HEX = /^[0-9a-f]{64}$/;

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
    req.onblocked = () => fail(new Error('bitacora-sala bloqueada'));
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise<T>((ok, fail) => {
    const tx = db.transaction(STORE, mode);
    const req = work(tx.objectStore(STORE));
    // Resolve on commit, not on the request: a write counts only once it is durable.
    tx.oncomplete = () => ok(req.result);
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
}

const read = (key: string): Promise<unknown> => run('readonly', (s) => s.get(key));
const write = (key: string, value: unknown): Promise<unknown> => run('readwrite', (s) => s.put(value, key));
const remove = (key: string): Promise<unknown> => run('readwrite', (s) => s.delete(key));

interface CurrentRoom {
  meetingId: string;
  secret: string;
  since: number;
}

export async function loadCurrentRoom(): Promise<CurrentRoom | null> {
  try {
    const v = (await read(CURRENT)) as Partial<CurrentRoom> | undefined;
    if (!v || typeof v.meetingId !== 'string' || !MEETING_ID.test(v.meetingId)) return null;
    if (typeof v.secret !== 'string' || !isRoomSecret(v.secret) || typeof v.since !== 'number') return null;
    return { meetingId: v.meetingId, secret: v.secret, since: v.since };
  } catch {
    return null;
  }
}

export async function saveCurrentRoom(meetingId: string, secret: string): Promise<void> {
  await write(CURRENT, { meetingId, secret, since: Date.now() } satisfies CurrentRoom);
}

/** "Salir de la sala": the next start does not bring the device back into it. */
export async function clearCurrentRoom(): Promise<void> {
  await remove(CURRENT);
}

export interface KnownPeer {
  /** SHA-256 DTLS fingerprint, lowercase hex without colons. */
  fingerprint: string;
  seenAt: number;
}

function validPeers(v: unknown): KnownPeer[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(
      (p): p is KnownPeer =>
        Boolean(p) && FINGERPRINT_HEX.test((p as KnownPeer).fingerprint) && typeof (p as KnownPeer).seenAt === 'number',
    )
    .slice(0, MAX_KNOWN_PEERS);
}

export async function loadKnownPeers(meetingId: string): Promise<KnownPeer[]> {
  try {
    return validPeers(await read(peersKey(meetingId)));
  } catch {
    return [];
  }
}

/**
 * Most recently linked first; the oldest falls off past MAX_KNOWN_PEERS. Read and write in one
 * transaction: two links opening at once must not overwrite each other's device.
 */
export async function rememberPeer(meetingId: string, fingerprint: string, at = Date.now()): Promise<void> {
  if (!FINGERPRINT_HEX.test(fingerprint)) return;
  await run('readwrite', (store) => {
    const req = store.get(peersKey(meetingId));
    req.onsuccess = () => {
      const known = validPeers(req.result).filter((p) => p.fingerprint !== fingerprint);
      store.put([{ fingerprint, seenAt: at }, ...known].slice(0, MAX_KNOWN_PEERS), peersKey(meetingId));
    };
    return req;
  });
}

/** Forgetting a meeting forgets the devices met in its room. */
export async function forgetMeetingPeers(meetingId: string): Promise<void> {
  await remove(peersKey(meetingId));
}

export async function loadStoredCertificate(): Promise<unknown> {
  try {
    return await read(CERT);
  } catch {
    return undefined;
  }
}

/** Throws (DataCloneError) where the browser cannot keep a certificate: the caller says so. */
export async function storeCertificate(cert: RTCCertificate): Promise<void> {
  await write(CERT, cert);
}
