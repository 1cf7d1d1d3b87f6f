// An N-peer test network for meeting documents (after yjs tests/testHelper.js): every local change
// is broadcast as an update message; messages wait in flight and are delivered in random order,
// sometimes twice, and are lost when the receiver is offline. Reconnecting runs a state-vector
// sync with every online peer. All randomness comes from one seed, so a failure replays exactly.
import * as Y from 'yjs';

import { type Rng } from './random';

export { pick, seededRng, type Rng } from './random';

const NET = Symbol('net');

interface Message {
  to: number;
  update: Uint8Array;
}

export class TestNetwork {
  readonly docs: Y.Doc[];
  readonly online: boolean[];
  private inFlight: Message[] = [];
  delivered = 0;
  dropped = 0;
  duplicated = 0;

  constructor(
    n: number,
    private readonly rng: Rng,
  ) {
    this.docs = Array.from({ length: n }, (_, i) => {
      const doc = new Y.Doc();
      doc.clientID = i + 1; // deterministic conflict resolution for a given seed
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === NET || !this.online[i]) return;
        for (let to = 0; to < n; to++) if (to !== i) this.inFlight.push({ to, update });
      });
      return doc;
    });
    this.online = this.docs.map(() => true);
  }

  get pending(): number {
    return this.inFlight.length;
  }

  /** Delivers one random in-flight message; sometimes keeps a copy to deliver again later. */
  deliverOne(): void {
    if (!this.inFlight.length) return;
    const index = Math.floor(this.rng() * this.inFlight.length);
    const msg = this.inFlight[index]!;
    if (this.rng() < 0.1) this.duplicated++;
    else this.inFlight.splice(index, 1);
    if (!this.online[msg.to]) {
      this.dropped++;
      return;
    }
    Y.applyUpdate(this.docs[msg.to]!, msg.update, NET);
    this.delivered++;
  }

  disconnect(i: number): void {
    this.online[i] = false;
  }

  /** Back online: exchange what each side lacks with every online peer (sync steps 1 and 2). */
  reconnect(i: number): void {
    this.online[i] = true;
    const me = this.docs[i]!;
    this.docs.forEach((other, j) => {
      if (j === i || !this.online[j]) return;
      this.inFlight.push({ to: j, update: Y.encodeStateAsUpdate(me, Y.encodeStateVector(other)) });
      this.inFlight.push({ to: i, update: Y.encodeStateAsUpdate(other, Y.encodeStateVector(me)) });
    });
  }

  /** Everyone online, every message delivered (duplicates included), then a last full sync. */
  flush(): void {
    this.online.forEach((on, i) => {
      if (!on) this.reconnect(i);
    });
    // Oldest first: the random phase already mixed the order; delivering the rest backwards would
    // only make Yjs hold long chains of pending updates (slow, not more thorough).
    for (const msg of this.inFlight) Y.applyUpdate(this.docs[msg.to]!, msg.update, NET);
    this.inFlight = [];
  }
}
