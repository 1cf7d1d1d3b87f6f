// What leaves one link's channel, in what order (rules T6, T7, T37). Hello, signaling and pings
// go first, between the frames of a large document message, so pairing through a link is not
// stuck behind a big first sync (T7). Document messages leave whole and in the order they were
// queued, each started only once every earlier one left (T6); one still being compressed holds
// back those after it (T37). Above the high-water mark the browser's buffer drains first.
import { Chunker } from './framing';
import type { Channel } from './channel';

/** A document message in the queue; `bytes` is null while it is being compressed. */
export interface QueuedDoc {
  bytes: Uint8Array | null;
}

export class SendQueue {
  /** Bytes handed to the channel: what the Wi-Fi carries, after compression. */
  bytesOut = 0;
  private readonly chunker = new Chunker();
  private readonly urgent: Uint8Array[] = [];
  private readonly normal: QueuedDoc[] = [];
  /** Frames of the document message being sent; its sequence number is taken when it starts. */
  private current: Uint8Array[] = [];
  private currentAt = 0;
  private stopped = false;

  constructor(
    private readonly channel: Channel,
    private readonly highWater: number,
    /** The channel refused a frame: it died under us. */
    private readonly onDead: () => void,
  ) {}

  pushUrgent(message: Uint8Array): void {
    this.urgent.push(message);
    this.pump();
  }

  pushDoc(entry: QueuedDoc): void {
    this.normal.push(entry);
    this.pump();
  }

  /** A document message is queued or partly sent. */
  get docsPending(): boolean {
    return this.currentAt < this.current.length || this.normal.length > 0;
  }

  get anyPending(): boolean {
    return this.docsPending || this.urgent.length > 0;
  }

  /** Drops everything queued; nothing leaves after this. */
  stop(): void {
    this.stopped = true;
    this.urgent.length = 0;
    this.normal.length = 0;
    this.current = [];
  }

  pump(): void {
    while (!this.stopped && this.channel.isOpen()) {
      let frames: Uint8Array[];
      const next = this.urgent.shift();
      if (next) frames = this.chunker.split(next);
      else if (this.channel.bufferedAmount() >= this.highWater) return;
      else if (this.currentAt < this.current.length) frames = [this.current[this.currentAt++]!];
      else if (this.normal[0]?.bytes) {
        // Its first frame leaves now: the receiver must see it before any later-numbered message.
        this.current = this.chunker.split(this.normal.shift()!.bytes!);
        this.currentAt = 1;
        frames = [this.current[0]!];
      } else return;
      for (const frame of frames) {
        try {
          this.channel.send(frame);
          this.bytesOut += frame.length;
        } catch {
          // The channel died under us; the peer resyncs from its state vector when it comes back (T14).
          this.onDead();
          return;
        }
      }
    }
  }
}
