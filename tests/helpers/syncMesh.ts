// Devices of one meeting over a MemoryNet, wired like Room does it (links, DocSync, Neighbours),
// for tests of anti-entropy and forwarding without WebRTC. Presence carries each device's peer id,
// as RoomSession's does, so forwarding can tell who wrote an update.
import { vi } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { Channel } from '../../src/sync/channel';
import type { RoomKey } from '../../src/sync/crypto';
import { DocSync } from '../../src/sync/docSync';
import { newPeerId, type PeerId } from '../../src/sync/envelope';
import { FRAME_VERSION } from '../../src/sync/framing';
import { DOC_AWARENESS, DOC_SYNC, Link, MSG_DOC, type LinkOptions } from '../../src/sync/link';
import { TestLink } from './testLink';
import { Neighbours } from '../../src/sync/neighbours';
import type { MemoryNet } from './memoryNet';

export const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

export interface MeshDevice {
  name: string;
  peer: PeerId;
  doc: Y.Doc;
  awareness: Awareness;
  sync: DocSync;
  links: Map<PeerId, Link>;
  neighbours: Neighbours;
  /** This device's clock: Date.now() plus `skew`, moved forward to make its links look silent. */
  now: () => number;
  skew: number;
}

export function meshDevice(name: string): MeshDevice {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const peer = newPeerId();
  awareness.setLocalState({ peer });
  const links = new Map<PeerId, Link>();
  const neighbours = new Neighbours(() => links.values());
  const d = { name, peer, doc, awareness, links, neighbours, skew: 0 } as MeshDevice;
  d.now = () => Date.now() + d.skew;
  d.sync = new DocSync(MEETING, doc, awareness, { now: d.now });
  d.sync.topology = neighbours;
  return d;
}

/** The channel under each link (to lose frames sent on one link). */
export const channelOf = new WeakMap<Link, Channel>();

/** `extra`: options for both links (the compression tests turn deflate back on, T37). */
export function link(
  net: MemoryNet,
  key: RoomKey,
  a: MeshDevice,
  b: MeshDevice,
  pingMs = 200,
  extra: Partial<LinkOptions> = {},
): [Link, Link] {
  const [ca, cb] = net.pair();
  // Copies of an update are counted in frame bytes here (T31-T35): uncompressed, so a copy is a copy.
  const la = new TestLink(ca, { key, localPeer: a.peer, remotePeer: b.peer, pingMs, now: a.now, compress: false, ...extra });
  const lb = new TestLink(cb, { key, localPeer: b.peer, remotePeer: a.peer, pingMs, now: b.now, compress: false, ...extra });
  net.track(la, lb);
  channelOf.set(la, ca);
  channelOf.set(lb, cb);
  for (const [d, l, other] of [
    [a, la, b],
    [b, lb, a],
  ] as const) {
    d.links.set(other.peer, l);
    d.neighbours.attach(l);
    d.sync.addLink(l);
    // As Room does: neighbours hear at once when our links change (T33).
    l.on('open', () => d.neighbours.changed());
    l.on('close', () => {
      d.links.delete(other.peer);
      d.neighbours.changed();
    });
  }
  return [la, lb];
}

/** The document sub-type of a frame holding one whole document message; null for anything else. */
function docSubOf(frame: Uint8Array): { sub: number; body: Uint8Array } | null {
  try {
    const dec = decoding.createDecoder(frame);
    if (decoding.readUint8(dec) !== FRAME_VERSION) return null;
    decoding.readVarUint(dec);
    decoding.readVarUint(dec);
    if (decoding.readVarUint(dec) !== 1) return null;
    decoding.readVarUint(dec);
    if (decoding.readVarUint(dec) !== MSG_DOC) return null;
    decoding.readVarString(dec);
    const sub = decoding.readVarUint(dec);
    return { sub, body: decoding.readVarUint8Array(dec) };
  } catch {
    return null;
  }
}

/** A single-frame y-protocols update message (sync sub-type 2) on the wire. */
export function isUpdateFrame(frame: Uint8Array): boolean {
  const m = docSubOf(frame);
  if (m?.sub !== DOC_SYNC) return false;
  try {
    return decoding.readVarUint(decoding.createDecoder(m.body)) === 2;
  } catch {
    return false;
  }
}

/** A single-frame presence (awareness) message on the wire. */
export const isPresenceFrame = (frame: Uint8Array): boolean => docSubOf(frame)?.sub === DOC_AWARENESS;

export const cards = (d: MeshDevice) => Object.keys(d.doc.getMap('cards').toJSON()).sort();

export function bytesOut(devices: MeshDevice[]): number {
  let n = 0;
  for (const d of devices) for (const l of d.links.values()) n += l.bytesOut;
  return n;
}

/** Delivers frames until `check` passes (vi.waitFor's retries), for at most `timeout` ms. */
export function flushUntil(net: MemoryNet, check: () => void, timeout = 10_000): Promise<void> {
  return vi.waitFor(
    async () => {
      await net.flush();
      check();
    },
    { timeout, interval: 20 },
  );
}
