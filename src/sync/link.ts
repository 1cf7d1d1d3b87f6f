// One authenticated link to one paired device (rules T2, T7, T8, T12). It owns the chunker, the
// reassembler and the send queue of its channel. The first message each side sends is a hello
// sealed with the room key; until the peer's hello opens, every other frame is dropped and
// counted, so only devices that hold the room secret are ever heard. Only sync step 1 (a state
// vector, no content) may follow our hello before the peer's opened (T8).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import type { Channel } from './channel';
import type { RoomKey } from './crypto';
import { ENVELOPE_WINDOW_MS, makeEnvelope, openEnvelope, sealEnvelope, type PeerId } from './envelope';
import { emptyDropCounts, Reassembler, type DropCounts, type ReassemblerOptions } from './framing';
import { COMPRESS_MIN, COMPRESSION_PROTOCOL, plainDocMessage, readDocMessage, unpackDocMessage } from './docMessage';
import { sharedPacker, type DocPacker } from './docPacker';
import { SendQueue, type QueuedDoc } from './sendQueue';
import { DOC_AWARENESS, DOC_QUERY_AWARENESS, DOC_STATE, DOC_SYNC, MSG_DOC, MSG_DOC_Z, MSG_HELLO, MSG_PING, MSG_SIGNAL } from './linkKinds';
import { helloVersion, negotiate, type HelloVersion, type VersionVerdict } from '../domain/protocolVersion';

export * from './linkKinds';

/** How often each side of an open link pings, so silence means the peer is not hearing us (T28). */
export const PING_MS = 1000;
/** A link with no frame for this long is "sin respuesta" (T28): two pings missed, then some. */
export const SILENT_MS = 2500;

type LinkState = 'authenticating' | 'open' | 'closed';

type LinkCounts = DropCounts & { unauthenticated: number; unsent: number; refused: number; incompatible: number };

type LinkEvents = {
  /** Our hello is queued: a sync step 1 sent now reaches the peer after it (T8). */
  hello: () => void;
  open: () => void;
  close: () => void;
  doc: (docId: string, sub: number, body: Uint8Array) => void;
  signal: (sealed: Uint8Array) => void;
  ping: (body: Uint8Array) => void;
  progress: (received: number, total: number) => void;
  drop: (reason: keyof LinkCounts) => void;
};

const HIGH_WATER = 1024 * 1024;

export interface LinkOptions {
  key: RoomKey;
  localPeer: PeerId;
  remotePeer: PeerId;
  reassembler?: Omit<ReassemblerOptions, 'onMessage' | 'onProgress' | 'onDrop'>;
  now?: () => number;
  /** Stop handing frames to the browser above this many buffered bytes (default 1 MiB). */
  highWater?: number;
  /** The versions this side says it speaks (tests: another app version; null: none, as before versioning). */
  version?: HelloVersion | null;
  /** Keepalive period (default PING_MS). */
  pingMs?: number;
  /** Deflate large document messages when the peer speaks it (default true, T37). Harnesses that
   * count copies of an update in frame bytes turn it off. */
  compress?: boolean;
  /** Deflates each message once for all the links that share it (default: the device's, T37). */
  packer?: DocPacker;
  /** Plain bytes handed to links by kind, added to (diagnostics: what an idle room spends, issue 17). */
  sent?: SentByKind;
}

/** Plain bytes sent, by message kind: hellos, room envelopes (announces, offers), pings, and a document's sync, presence and state messages. */
export interface SentByKind {
  hello: number;
  signal: number;
  ping: number;
  sync: number;
  presence: number;
  state: number;
}

export const emptySentByKind = (): SentByKind => ({ hello: 0, signal: 0, ping: 0, sync: 0, presence: 0, state: 0 });

const DOC_KIND: Record<number, keyof SentByKind> = {
  [DOC_SYNC]: 'sync',
  [DOC_AWARENESS]: 'presence',
  [DOC_QUERY_AWARENESS]: 'presence',
  [DOC_STATE]: 'state',
};
const RAW_KIND: Record<number, keyof SentByKind> = { [MSG_HELLO]: 'hello', [MSG_SIGNAL]: 'signal', [MSG_PING]: 'ping' };

export class Link extends ObservableV2<LinkEvents> {
  state: LinkState = 'authenticating';
  readonly counts: LinkCounts = { ...emptyDropCounts(), unauthenticated: 0, unsent: 0, refused: 0, incompatible: 0 };
  /** Our hello is queued: whatever is sent from now on reaches the peer after it (T8). */
  helloQueued = false;
  /** Set once the peer's hello opened: the shared protocol, or which device must be updated. */
  version: VersionVerdict | null = null;
  /** Document messages handed to this link, in their plain size: copies of an update sent (T31). */
  docBytesOut = 0;
  /** When the last frame arrived (or the link was made): silence is how a dead peer shows (T28). */
  lastHeardAt: number;
  /** What each ping carries (the room fills in the peers this device hears, T30). */
  pingBody: () => Uint8Array = () => new Uint8Array(0);
  readonly remotePeer: PeerId;
  private readonly reassembler: Reassembler;
  private readonly queue: SendQueue;
  /** Messages are handled one after another: opening a sealed hello is async (T8). Tests wait on
   * it and on helloSent (tests/helpers/testLink.ts). */
  protected chain: Promise<void> = Promise.resolve();
  /** Compressions in flight (tests wait on it too). */
  protected packing: Promise<unknown> = Promise.resolve();
  private readonly sweepTimer: ReturnType<typeof setInterval>;
  private readonly pingTimer: ReturnType<typeof setInterval>;
  private readonly now: () => number;

  constructor(
    private readonly channel: Channel,
    private readonly opts: LinkOptions,
  ) {
    super();
    this.remotePeer = opts.remotePeer;
    this.now = opts.now ?? Date.now;
    this.lastHeardAt = this.now();
    this.queue = new SendQueue(channel, opts.highWater ?? HIGH_WATER, () => this.close());
    this.reassembler = new Reassembler({
      ...opts.reassembler,
      // The send queue starts a document message only once every earlier message left whole (T6).
      startsAfterAll: (body) => body[0] === MSG_DOC || body[0] === MSG_DOC_Z,
      onMessage: (m) => {
        this.chain = this.chain.then(() => this.handle(m)).catch(() => this.count('malformed'));
      },
      onProgress: (r, t) => this.emit('progress', [r, t]),
      onDrop: (reason) => this.emit('drop', [reason]),
    });
    channel.onMessage((frame) => {
      if (this.state === 'closed') return;
      this.lastHeardAt = this.now();
      this.reassembler.push(frame);
      for (const k of Object.keys(this.reassembler.dropped) as (keyof DropCounts)[]) this.counts[k] = this.reassembler.dropped[k];
    });
    channel.onClose(() => this.close());
    channel.onDrain(() => this.queue.pump());
    this.sweepTimer = setInterval(() => this.reassembler.sweep(), 5000);
    this.pingTimer = setInterval(() => this.ping(), opts.pingMs ?? PING_MS);
    this.helloSent = this.sendHello();
  }

  protected readonly helloSent: Promise<void>;

  /** Bytes handed to the channel: what the Wi-Fi carries, after compression. */
  get bytesOut(): number {
    return this.queue.bytesOut;
  }

  private mine(): HelloVersion | null {
    return this.opts.version === undefined ? helloVersion() : this.opts.version;
  }

  private async sendHello(): Promise<void> {
    try {
      const env = makeEnvelope({
        kind: 'hello',
        from: this.opts.localPeer,
        to: this.opts.remotePeer,
        ttl: 0,
        pv: this.mine() ?? undefined,
      });
      const sealed = await sealEnvelope(this.opts.key, env);
      this.sendRaw(MSG_HELLO, (enc) => encoding.writeVarUint8Array(enc, sealed));
      if (this.state === 'closed') return;
      this.helloQueued = true;
      this.emit('hello', []);
    } catch {
      // Without our hello the peer would drop everything we send: a link that cannot say hello is no link.
      this.close();
    }
  }

  /**
   * `beforeOpen`: a sync step 1 sent as soon as our hello is queued, without waiting a round trip
   * for the peer's (T8). The peer handles messages in order, so it reads it only once our hello
   * opened there; anything with content (step 2, updates, presence) waits for 'open'.
   */
  sendDoc(docId: string, sub: number, body: Uint8Array, beforeOpen = false): void {
    const early = beforeOpen && this.state === 'authenticating' && this.helloQueued;
    if (this.state !== 'open' && !early) return this.count('unsent');
    const plain = plainDocMessage(docId, sub, body);
    this.docBytesOut += plain.length;
    const kind = DOC_KIND[sub];
    if (this.opts.sent && kind) this.opts.sent[kind] += plain.length;
    const entry: QueuedDoc = { bytes: plain };
    const peerInflates = this.version?.ok && this.version.protocol >= COMPRESSION_PROTOCOL;
    if (plain.length >= COMPRESS_MIN && peerInflates && this.opts.compress !== false) {
      // Queued now, so it keeps its place among document messages; it leaves once packed.
      entry.bytes = null;
      // The same body on several links is deflated once (the packer keeps it for the others).
      const packer = this.opts.packer ?? sharedPacker;
      const packed = packer.pack(docId, sub, body, plain).then((bytes) => {
        entry.bytes = bytes;
        this.queue.pump();
      });
      this.packing = Promise.all([this.packing, packed]);
    }
    this.queue.pushDoc(entry);
  }

  /** Heard from within `ms` (default SILENT_MS): the peer is alive and its channel carries (T28). */
  heardWithin(ms = SILENT_MS): boolean {
    return this.state === 'open' && this.now() - this.lastHeardAt < ms;
  }

  /** Part of a message has arrived and the rest is on its way. */
  get receiving(): boolean {
    return this.reassembler.pendingBytes > 0;
  }

  /** A document message is on its way in either direction: a state vector may lag behind it (T29).
   * A few pings in the browser's buffer do not count. */
  get busy(): boolean {
    return this.queue.docsPending || this.channel.bufferedAmount() > 16 * 1024 || this.receiving;
  }

  /** Sends a ping now (its body says whom this device hears; T30, T33). */
  ping(): void {
    if (this.state !== 'open') return;
    const body = this.pingBody();
    this.sendRaw(MSG_PING, (enc) => encoding.writeVarUint8Array(enc, body));
  }

  sendSignal(sealed: Uint8Array): void {
    if (this.state !== 'open') return this.count('unsent');
    this.sendRaw(MSG_SIGNAL, (enc) => encoding.writeVarUint8Array(enc, sealed));
  }

  close(): void {
    if (this.state === 'closed') return;
    if (this.queue.anyPending) this.count('unsent');
    this.state = 'closed';
    clearInterval(this.sweepTimer);
    clearInterval(this.pingTimer);
    this.queue.stop();
    try {
      this.channel.close();
    } catch {
      // Already closed by the browser: nothing left to release.
    }
    this.emit('close', []);
  }

  private sendRaw(kind: number, write: (enc: encoding.Encoder) => void): void {
    if (this.state === 'closed') return this.count('unsent');
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, kind);
    write(enc);
    const bytes = encoding.toUint8Array(enc);
    const sentKind = RAW_KIND[kind];
    if (this.opts.sent && sentKind) this.opts.sent[sentKind] += bytes.length;
    this.queue.pushUrgent(bytes);
  }

  private count(reason: keyof LinkCounts): void {
    this.counts[reason] += 1;
    this.emit('drop', [reason]);
  }

  private async handle(message: Uint8Array): Promise<void> {
    if (this.state === 'closed') return;
    let kind: number;
    let dec: decoding.Decoder;
    try {
      dec = decoding.createDecoder(message);
      kind = decoding.readVarUint(dec);
    } catch {
      return this.count('malformed');
    }
    if (kind === MSG_HELLO) return this.handleHello(dec);
    if (this.state !== 'open') return this.count('unauthenticated');
    try {
      if (kind === MSG_SIGNAL) {
        this.emit('signal', [decoding.readVarUint8Array(dec)]);
      } else if (kind === MSG_PING) {
        this.emit('ping', [decoding.readVarUint8Array(dec)]);
      } else if (kind === MSG_DOC) {
        this.emit('doc', readDocMessage(dec));
      } else if (kind === MSG_DOC_Z) {
        // Handled in order on the chain: nothing after it is applied before it.
        const plain = await unpackDocMessage(dec, this.reassembler.maxMessageBytes);
        if (!plain) return this.count('malformed');
        const inner = decoding.createDecoder(plain);
        decoding.readVarUint(inner);
        this.emit('doc', readDocMessage(inner));
      } else {
        this.count('malformed');
      }
    } catch {
      this.count('malformed');
    }
  }

  private async handleHello(dec: decoding.Decoder): Promise<void> {
    let sealed: Uint8Array;
    try {
      sealed = decoding.readVarUint8Array(dec);
    } catch {
      return this.count('malformed');
    }
    if (this.state === 'open') return this.count('replay');
    const env = await openEnvelope(this.opts.key, sealed);
    const now = (this.opts.now ?? Date.now)();
    if (
      !env ||
      env.kind !== 'hello' ||
      env.from !== this.opts.remotePeer ||
      env.to !== this.opts.localPeer ||
      Math.abs(now - env.at) > ENVELOPE_WINDOW_MS
    ) {
      // A device without the room secret (or pretending to be another peer) is cut off (T8, T10).
      this.count('refused');
      this.close();
      return;
    }
    // Open only once our own hello is queued too: the peer drops whatever reaches it before our
    // hello, and 'open' is when DocSync sends sync step 1. Sealing is async, and on a slow phone the
    // peer's hello can open here first (the race of issue #13); the ordered channel and the urgent
    // queue then guarantee our hello leaves before any message sent after this point (T8).
    // No protocol in common: never open, so nothing of the peer reaches the document (issue 21).
    // The verdict is taken before waiting, so this side can name the device to update even when the
    // peer closes first; the peer reads our versions too (our hello is out) and says the same.
    this.version = negotiate(this.mine() ?? undefined, env.pv);
    await this.helloSent;
    if (!this.version.ok) {
      this.count('incompatible');
      return this.close();
    }
    if (this.state !== 'authenticating') return;
    this.state = 'open';
    this.lastHeardAt = this.now();
    this.emit('open', []);
    this.ping();
  }
}
