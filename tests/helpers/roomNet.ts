// Whole rooms over an in-process network: the real Room, DocSync and Link code of each device,
// joined by FakeRtc connections over one MemoryNet, with QR pairing replaced by a direct offer
// and answer between two devices. A pump delivers frames in the background on real timers, so
// announces, pings, anti-entropy and departures run as they do in the browser.
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { newRoomSecret } from '../../src/sync/crypto';
import { DocSync } from '../../src/sync/docSync';
import { FarPresence } from '../../src/sync/farPresence';
import { LocalPresence } from '../../src/sync/localPresence';
import { roomStatus } from '../../src/sync/roomStatus';
import { saysMoving } from '../../src/sync/stateVector';
import { Room } from '../../src/sync/room';
import { createAnswer, createOffer } from '../../src/sync/rtc';
import { FakeRtc } from './fakeRtc';
import { MemoryNet, seeded } from './memoryNet';
import { TestLink } from './testLink';

export const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

export interface RoomDevice {
  name: string;
  room: Room;
  doc: Y.Doc;
  awareness: Awareness;
  sync: DocSync;
  /** Bytes that reached this device's links. */
  bytesIn: number;
  /** The room status as RoomSession computes it (T28), recomputed every STATUS_MS as the session does. */
  status: () => ReturnType<typeof roomStatus>;
  /** What happened to each client's presence here, last events first out (for failure reports). */
  presenceLog: Map<number, string[]>;
  stop: () => void;
}

/** RoomSession's STATUS_EVERY_MS: FarPresence learns who is near from each status. */
const STATUS_MS = 400;

/**
 * Presence as RoomSession publishes it (LocalPresence: school, person, state kept current within
 * 200 ms), so its traffic is what a phone sends, and the status the screen would show.
 */
function publishPresence(name: string, room: Room, doc: Y.Doc, awareness: Awareness, sync: DocSync) {
  const presence = new LocalPresence(awareness, doc, room.peerId, { school: `Escuela ${name}`, person: name });
  const far = new FarPresence(awareness);
  const status = () => {
    const s = roomStatus({
      selfPeer: room.peerId,
      selfClient: doc.clientID,
      presences: awareness.getStates(),
      links: room.links,
      linkSv: (l) => sync.peerState(l)?.sv ?? null,
      linkMoving: (l) => saysMoving(sync.peerState(l)),
      vouched: (p) => room.neighbours.vouched(p),
      farFresh: (client, p) => far.fresh(client, p),
      local: Y.decodeStateVector(Y.encodeStateVector(doc)),
      incoming: false,
    });
    far.saw(
      s.peers,
      [...room.links].filter(([, l]) => l.state === 'open').map(([p]) => p),
    );
    return s;
  };
  const timer = setInterval(status, STATUS_MS);
  const stop = () => {
    clearInterval(timer);
    presence.destroy();
    awareness.destroy();
  };
  return { status, stop };
}

export class RoomNet {
  readonly net: MemoryNet;
  readonly rtc: FakeRtc;
  readonly devices: RoomDevice[] = [];
  readonly secret = newRoomSecret();
  private running = false;
  private pumping: Promise<void> = Promise.resolve();

  constructor(
    seed: number,
    private readonly maxLinks = 6,
  ) {
    this.net = new MemoryNet(seeded(seed));
    this.rtc = new FakeRtc(this.net);
  }

  async add(name: string): Promise<RoomDevice> {
    // eslint-disable-next-line prefer-const -- the link factory below counts into it once made
    let d: RoomDevice;
    const room = await Room.create({
      meetingId: MEETING,
      secret: this.secret,
      maxLinks: this.maxLinks,
      connect: this.rtc.connect,
      link: (channel, opts) => {
        const onMessage = channel.onMessage.bind(channel);
        channel.onMessage = (cb) =>
          onMessage((f) => {
            d.bytesIn += f.length;
            cb(f);
          });
        // Copies are counted in frame bytes (net.bytes, bytesIn): uncompressed, so a copy is a copy.
        return new TestLink(channel, { ...opts, compress: false });
      },
    });
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const sync = new DocSync(MEETING, doc, awareness);
    room.attachDoc(sync);
    const presenceLog = new Map<number, string[]>();
    const t0 = Date.now();
    awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const via =
        origin instanceof TestLink ? `via ${this.devices.find((x) => x.room.peerId === origin.remotePeer)?.name ?? '?'}` : String(origin);
      const note = (c: number, what: string) => {
        const log = presenceLog.get(c) ?? [];
        log.push(`${Date.now() - t0}ms ${what} ${via} clock ${awareness.meta.get(c)?.clock ?? '?'}`);
        presenceLog.set(c, log.slice(-8));
      };
      for (const c of added) note(c, '+');
      for (const c of updated) note(c, '~');
      for (const c of removed) note(c, '-');
    });
    d = { name, room, doc, awareness, sync, bytesIn: 0, presenceLog, ...publishPresence(name, room, doc, awareness, sync) };
    this.devices.push(d);
    return d;
  }

  /** What a QR pairing does: one offer, one answer, both sides adopt the connection. */
  async pair(a: RoomDevice, b: RoomDevice): Promise<boolean> {
    const ca = this.rtc.connect();
    const cb = this.rtc.connect();
    const answer = await createAnswer(cb.pc, await createOffer(ca.pc));
    await ca.pc.setRemoteDescription({ type: 'answer', sdp: answer });
    const [x, y] = await Promise.all([a.room.adoptConnection(ca, b.room.peerId), b.room.adoptConnection(cb, a.room.peerId)]);
    return x && y;
  }

  /** Delivers frames in the background until stop(); yields to timers and WebCrypto between bursts. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.pumping = (async () => {
      while (this.running) {
        let n = 0;
        while (n < 200 && this.net.step()) n += 1;
        await new Promise((ok) => setTimeout(ok, n ? 0 : 2));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.pumping;
  }

  /** Leaves the room as a closed tab does: every link drops at once. */
  leave(d: RoomDevice): void {
    d.sync.destroy();
    d.room.destroy();
    d.stop();
    this.devices.splice(this.devices.indexOf(d), 1);
  }

  async destroy(): Promise<void> {
    await this.stop();
    for (const d of this.devices) {
      d.sync.destroy();
      d.room.destroy();
      d.stop();
    }
  }
}

export function openLinks(d: RoomDevice): number {
  return [...d.room.links.values()].filter((l) => l.state === 'open').length;
}

/** Hops between every two devices over open links; Infinity when some pair is not connected. */
export function diameter(devices: RoomDevice[]): number {
  const byPeer = new Map(devices.map((d) => [d.room.peerId, d]));
  let worst = 0;
  for (const start of devices) {
    const dist = new Map([[start.room.peerId, 0]]);
    const queue = [start];
    while (queue.length) {
      const d = queue.shift()!;
      for (const [peer, link] of d.room.links) {
        if (link.state !== 'open' || dist.has(peer) || !byPeer.has(peer)) continue;
        dist.set(peer, dist.get(d.room.peerId)! + 1);
        queue.push(byPeer.get(peer)!);
      }
    }
    if (dist.size < devices.length) return Infinity;
    worst = Math.max(worst, ...dist.values());
  }
  return worst;
}

export async function until(cond: () => boolean, timeoutMs: number, everyMs = 50): Promise<number> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) return -1;
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
  return Date.now() - start;
}
