// One open room on this device: the meeting's Y.Doc, its awareness, the mesh and the transports,
// summarized as an immutable snapshot for the room screen (who is here, who has everything, what
// is arriving). Everything read from peers' awareness is validated before it reaches the snapshot.
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { deviceCertificate, rtcConfigFor } from './certStore';
import { DocSync } from './docSync';
import type { PeerId } from './envelope';
import { lanTransport, type LanStatus } from './lan';
import { openDoc, type OpenedDoc } from './openDoc';
import type { Invitation } from './pairingCode';
import type { VersionMismatch } from '../domain/protocolVersion';
import { Room, type PendingInvitation, type RoomCounts } from './room';
import { roomStatus, type PeerView, type RoomStatusKind } from './roomStatus';
import { tabsTransport } from './tabs';
import { roomTopic } from './topic';
import { saysMoving } from './stateVector';
import { FarPresence } from './farPresence';
import { LocalPresence } from './localPresence';
import type { SignalTransport } from './transport';

export interface LocalUser {
  school: string;
  person: string;
}

export type { PeerView } from './roomStatus';

export interface SessionSnapshot {
  peers: PeerView[];
  /** What the room screen may say now (T28). */
  status: RoomStatusKind;
  /** Devices in the room that do not answer (no frame for SILENT_MS). */
  silent: number;
  /** Every device that answers reports our state vector, and none is silent (T28). */
  allHaveAll: boolean;
  directLinks: number;
  /** Devices seen in this room that are no longer reachable (left, reloaded, lost the Wi-Fi). */
  lost: { peer: PeerId; school: string; person: string }[];
  /** A large message on its way to us: bytes so far and total. */
  incoming: { received: number; total: number } | null;
  lan: LanStatus | null;
  counts: RoomCounts & { droppedFrames: number };
  /** A device met on a room protocol this one does not share: which one must be updated. */
  versionProblem: VersionMismatch | null;
}

interface SessionParts {
  openDoc?: (meetingId: string) => Promise<OpenedDoc>;
  room?: (meetingId: string, secret: string) => Promise<Room>;
}

/** Below this, a transfer is too quick for a progress bar to help. */
const PROGRESS_MIN_BYTES = 64 * 1024;
/** Freshness is a matter of time: the snapshot is recomputed this often (T28: "deaf" within 3 s). */
const STATUS_EVERY_MS = 400;
/**
 * Changes are gathered this long before the screen hears of them. Opening a link brings a burst of
 * small messages (hellos, presence, state words), each a change; a render per message kept the host
 * busy for ~25 ms of React while the joiner's sync step 1 waited in line (issue 13, measured 4 Dec).
 * Reading the snapshot is always current: getSnapshot computes it when something changed.
 */
const NOTIFY_AFTER_MS = 16;
export class RoomSession {
  readonly awareness: Awareness;
  private readonly sync: DocSync;
  private readonly listeners = new Set<() => void>();
  private snapshot: SessionSnapshot;
  private readonly incoming = new Map<PeerId, { received: number; total: number }>();
  private lan: SignalTransport | null = null;
  private lanStatus: LanStatus | null = null;
  private readonly seen = new Map<PeerId, { school: string; person: string }>();
  private readonly statusTimer: ReturnType<typeof setInterval>;
  private snapshotKey = '';
  private dirty = false;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The snapshot the listeners last heard of. */
  private notified: SessionSnapshot;
  private closed = false;
  /** Who was near lately, so a device past our neighbours' pings counts by its presence (T28). */
  private readonly far: FarPresence;
  private readonly presence: LocalPresence;

  private constructor(
    readonly meetingId: string,
    readonly secret: string,
    readonly opened: OpenedDoc,
    readonly room: Room,
    private readonly topic: string,
    user: LocalUser,
  ) {
    this.awareness = new Awareness(opened.doc);
    this.far = new FarPresence(this.awareness);
    this.presence = new LocalPresence(this.awareness, opened.doc, room.peerId, user, this.refresh);
    this.sync = new DocSync(meetingId, opened.doc, this.awareness);
    room.attachDoc(this.sync);
    room.addTransport(tabsTransport(topic));
    room.on('change', this.refresh);
    room.on('linkClosed', (peer) => {
      // A transfer cut short will not finish.
      // Its presence goes, or is looked at again once pings catch up, in DocSync (T15).
      this.incoming.delete(peer);
      this.refresh();
    });
    room.on('progress', (peer, received, total) => {
      if (received >= total) this.incoming.delete(peer);
      else if (total >= PROGRESS_MIN_BYTES) this.incoming.set(peer, { received, total });
      this.refresh();
    });
    this.awareness.on('change', this.refresh);
    this.snapshot = this.compute();
    this.snapshotKey = JSON.stringify(this.snapshot);
    this.notified = this.snapshot;
    this.statusTimer = setInterval(this.refresh, STATUS_EVERY_MS);
  }

  /** `parts` replaces the document store and the room (tests run them over an in-process network). */
  static async open(meetingId: string, secret: string, user: LocalUser, parts: SessionParts = {}): Promise<RoomSession> {
    const opened = await (parts.openDoc ?? openDoc)(meetingId);
    await opened.whenSynced;
    // Every connection uses the device's lasting certificate, so others can expect it back (R2).
    const room = parts.room
      ? await parts.room(meetingId, secret)
      : await Room.create({ meetingId, secret, rtcConfig: rtcConfigFor(await deviceCertificate()) });
    return new RoomSession(meetingId, secret, opened, room, await roomTopic(secret, meetingId), user);
  }

  get doc(): Y.Doc {
    return this.opened.doc;
  }

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  /** The same object until something it shows changes (what useSyncExternalStore needs). */
  getSnapshot = (): SessionSnapshot => {
    if (this.dirty) {
      this.dirty = false;
      const next = this.compute();
      const key = JSON.stringify(next);
      if (key !== this.snapshotKey) {
        this.snapshot = next;
        this.snapshotKey = key;
      }
    }
    return this.snapshot;
  };

  createInvitation(): Promise<PendingInvitation> {
    return this.room.createInvitation(this.secret);
  }

  answerInvitation(inv: Invitation): Promise<{ code: string; candidates: number; linked: Promise<boolean> }> {
    return this.room.answerInvitation(inv);
  }

  connectLan(url: string): void {
    this.disconnectLan();
    this.lan = lanTransport(url, this.topic, (s) => {
      this.lanStatus = s;
      this.refresh();
    });
    this.room.addTransport(this.lan);
  }

  disconnectLan(): void {
    this.lan?.close();
    this.lan = null;
    this.lanStatus = null;
    this.refresh();
  }

  async destroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.notifyTimer);
    clearInterval(this.statusTimer);
    this.presence.destroy();
    this.awareness.setLocalState(null);
    this.sync.destroy();
    this.room.destroy();
    this.awareness.destroy();
    this.listeners.clear();
    await this.opened.destroy();
  }

  private compute(): SessionSnapshot {
    const { peers, status, silent } = roomStatus({
      selfPeer: this.room.peerId,
      selfClient: this.opened.doc.clientID,
      presences: this.awareness.getStates(),
      links: this.room.links,
      linkSv: (link) => this.sync.peerState(link)?.sv ?? null,
      linkMoving: (link) => saysMoving(this.sync.peerState(link)),
      vouched: (peer) => this.room.neighbours.vouched(peer),
      farFresh: (client, peer) => this.far.fresh(client, peer),
      local: Y.decodeStateVector(Y.encodeStateVector(this.opened.doc)),
      incoming: this.incoming.size > 0,
    });
    this.far.saw(
      peers,
      [...this.room.links].filter(([, l]) => l.state === 'open').map(([p]) => p),
    );
    // A device that comes back (a reload) has a new peer id: it is back, not lost, when the same
    // school and person are here again.
    const here = new Set(peers.map((p) => p.peer));
    const people = new Set(peers.map((p) => `${p.school}\n${p.person}`));
    for (const [peer, who] of this.seen) if (!here.has(peer) && people.has(`${who.school}\n${who.person}`)) this.seen.delete(peer);
    for (const p of peers) this.seen.set(p.peer, { school: p.school, person: p.person });
    const lost = [...this.seen].filter(([peer]) => !here.has(peer)).map(([peer, who]) => ({ peer, ...who }));
    peers.sort((a, b) => a.school.localeCompare(b.school, 'es') || a.person.localeCompare(b.person, 'es'));
    let received = 0;
    let total = 0;
    for (const p of this.incoming.values()) {
      received += p.received;
      total += p.total;
    }
    let droppedFrames = 0;
    for (const link of this.room.links.values()) {
      const c = link.counts;
      droppedFrames += c.malformed + c.oversize + c.inconsistent + c.duplicate + c.replay + c.timeout + c.busy + c.unauthenticated;
    }
    return {
      peers,
      status,
      silent,
      allHaveAll: status === 'allHaveAll',
      directLinks: [...this.room.links.values()].filter((l) => l.state === 'open').length,
      lost,
      incoming: total > 0 ? { received, total } : null,
      lan: this.lanStatus,
      versionProblem: this.room.versionProblem,
      counts: { ...this.room.counts, droppedFrames },
    };
  }

  /** Something the snapshot shows may have changed (or time passed, for "deaf" and "silent"). */
  private readonly refresh = (): void => {
    this.dirty = true;
    this.notifyTimer ??= setTimeout(this.notify, NOTIFY_AFTER_MS);
  };

  /** Listeners hear only of a snapshot that differs from the last one they heard of. */
  private readonly notify = (): void => {
    this.notifyTimer = undefined;
    const snap = this.getSnapshot();
    if (snap === this.notified) return;
    this.notified = snap;
    this.listeners.forEach((l) => l());
  };
}
