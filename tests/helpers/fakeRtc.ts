// Just enough of RTCPeerConnection and RTCDataChannel for Room over a MemoryNet (node has no
// WebRTC). Offers and answers are tiny SDPs carrying an ICE ufrag; once both sides of a pair hold
// each other's description, the registry joins their data channels with a MemoryNet pair. The
// device limit and loss live in the Room (maxLinks) and the MemoryNet (`lose`).
import type { PeerConnection } from '../../src/sync/rtc';
import type { Channel } from '../../src/sync/channel';
import type { MemoryNet } from './memoryNet';

type Listener = (ev: unknown) => void;

class Events {
  private readonly listeners = new Map<string, Set<Listener>>();
  addEventListener(type: string, cb: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(cb);
  }
  removeEventListener(type: string, cb: Listener): void {
    this.listeners.get(type)?.delete(cb);
  }
  protected fire(type: string, ev: unknown = {}): void {
    for (const cb of [...(this.listeners.get(type) ?? [])]) cb(ev);
  }
}

class FakeChannel extends Events {
  readyState: RTCDataChannelState = 'connecting';
  binaryType = 'arraybuffer';
  bufferedAmountLowThreshold = 0;
  private pipe: Channel | null = null;

  get bufferedAmount(): number {
    return this.pipe?.bufferedAmount() ?? 0;
  }

  plug(pipe: Channel): void {
    this.pipe = pipe;
    pipe.onMessage((f) => this.fire('message', { data: f.buffer.slice(f.byteOffset, f.byteOffset + f.byteLength) }));
    pipe.onClose(() => this.closed());
    pipe.onDrain(() => this.fire('bufferedamountlow'));
    this.readyState = 'open';
    this.fire('open');
  }

  send(data: Uint8Array): void {
    if (this.readyState !== 'open' || !this.pipe) throw new Error('InvalidStateError');
    this.pipe.send(data);
  }

  close(): void {
    if (this.pipe && this.readyState === 'open') this.pipe.close();
    else this.closed();
  }

  private closed(): void {
    if (this.readyState === 'closed') return;
    this.readyState = 'closed';
    this.fire('close');
  }
}

export class FakeRtc {
  /** Every connection made, by its ICE ufrag. */
  private readonly byUfrag = new Map<string, FakePc>();
  private next = 0;
  created = 0;

  constructor(readonly net: MemoryNet) {}

  readonly connect = (): PeerConnection => {
    const pc = new FakePc(this, `u${(this.next++).toString(36).padStart(4, '0')}`);
    this.byUfrag.set(pc.ufrag, pc);
    this.created += 1;
    return { pc: pc as unknown as RTCPeerConnection, channel: pc.channel as unknown as RTCDataChannel };
  };

  /** Joins two connections that hold each other's description. */
  tryJoin(pc: FakePc): void {
    const other = pc.remoteUfrag ? this.byUfrag.get(pc.remoteUfrag) : undefined;
    if (!other || other.remoteUfrag !== pc.ufrag || !pc.localDescription || !other.localDescription) return;
    if (pc.connectionState !== 'new' || other.connectionState !== 'new') return;
    const [a, b] = this.net.pair();
    pc.connected(a);
    other.connected(b);
  }

  forget(pc: FakePc): void {
    this.byUfrag.delete(pc.ufrag);
  }
}

const sdp = (ufrag: string) => `v=0\r\na=ice-ufrag:${ufrag}\r\n`;
const ufragOf = (text: string) => /a=ice-ufrag:(\S+)/.exec(text)?.[1] ?? null;

class FakePc extends Events {
  readonly channel = new FakeChannel();
  iceGatheringState = 'complete';
  signalingState: RTCSignalingState = 'stable';
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: { type: string; sdp: string } | null = null;
  remoteDescription: { type: string; sdp: string } | null = null;
  remoteUfrag: string | null = null;

  constructor(
    private readonly rtc: FakeRtc,
    readonly ufrag: string,
  ) {
    super();
    this.channel.addEventListener('close', () => this.close());
  }

  async createOffer() {
    return { type: 'offer', sdp: sdp(this.ufrag) };
  }

  async createAnswer() {
    return { type: 'answer', sdp: sdp(this.ufrag) };
  }

  async setLocalDescription(d: { type: string; sdp: string }) {
    this.localDescription = d;
    this.signalingState = d.type === 'offer' ? 'have-local-offer' : 'stable';
    this.rtc.tryJoin(this);
  }

  async setRemoteDescription(d: { type: string; sdp: string }) {
    if (this.connectionState === 'closed') throw new Error('InvalidStateError: closed');
    const ufrag = ufragOf(d.sdp);
    if (!ufrag) throw new Error('OperationError: no ufrag');
    this.remoteDescription = d;
    this.remoteUfrag = ufrag;
    this.signalingState = d.type === 'offer' ? 'have-remote-offer' : 'stable';
    this.rtc.tryJoin(this);
  }

  connected(pipe: Channel): void {
    this.connectionState = 'connected';
    this.channel.plug(pipe);
    this.fire('connectionstatechange');
  }

  close(): void {
    if (this.connectionState === 'closed') return;
    this.connectionState = 'closed';
    this.signalingState = 'closed';
    this.rtc.forget(this);
    this.channel.close();
    this.fire('connectionstatechange');
  }
}
