// The sync step 2 for a peer that has none of this document (rule T1): what a joiner asks for. It
// is the same bytes for every such peer, so it is encoded once and kept until the document next
// changes; a host can have it ready before the joiner's step 1 arrives (after showing an
// invitation), instead of encoding the whole state while the joiner waits (6-12 ms for 550 cards
// on this machine, 32-107 ms for 5,000, more on a phone).
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { StateVector } from './stateVector';

export class WholeState {
  private reply: Uint8Array | null = null;
  /** Times a kept reply was sent instead of encoding one (diagnostics and tests). */
  reused = 0;

  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.changed);
  }

  /**
   * The step 2 message for a peer whose state vector is `sv`, or null when it holds part of this
   * document (then only a diff answers it). A peer's entries for clients this document has never
   * seen do not matter: Yjs writes the same update for them as for an empty state vector.
   */
  replyFor(sv: StateVector): Uint8Array | null {
    const store = this.doc.store;
    // Pending structs or deletions are merged into a reply by what the peer has: never the same bytes.
    if (store.pendingStructs || store.pendingDs) return null;
    for (const [client, clock] of sv) if (clock > 0 && store.clients.has(client)) return null;
    if (this.reply) this.reused += 1;
    return (this.reply ??= this.encode());
  }

  /** Encodes it now, while nobody waits for it. */
  prepare(): void {
    if (!this.reply && !this.doc.store.pendingStructs && !this.doc.store.pendingDs) this.reply = this.encode();
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.changed);
    this.reply = null;
  }

  private encode(): Uint8Array {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(enc, Y.encodeStateAsUpdate(this.doc));
    return encoding.toUint8Array(enc);
  }

  /** Any transaction may have changed the state (a deletion changes no state vector): start over. */
  private readonly changed = (): void => {
    this.reply = null;
  };
}
