// The y-protocols provider for one document over any number of links (rules T1, T2, T14, T15).
// Sync step 1/2 when a link opens, then incremental updates; each update received from one link
// is applied with that link as origin and re-sent to every other link (never back to its origin),
// so a tree of links converges. Awareness (who is here) travels and is forwarded the same way.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DOC_AWARENESS, DOC_QUERY_AWARENESS, DOC_SYNC, type Link } from './link';

type DocSyncEvents = {
  /** A link finished its first exchange (we received its sync step 2). */
  synced: (link: Link) => void;
  /** A message that could not be applied (counted, never thrown). */
  rejected: (link: Link, reason: string) => void;
};

interface LinkEntry {
  off: () => void;
  synced: boolean;
  /** Awareness clients first heard through this link, removed when it closes. */
  clients: Set<number>;
}

export class DocSync extends ObservableV2<DocSyncEvents> {
  private readonly links = new Map<Link, LinkEntry>();
  rejected = 0;

  constructor(
    readonly docId: string,
    readonly doc: Y.Doc,
    readonly awareness: awarenessProtocol.Awareness,
  ) {
    super();
    doc.on('update', this.onDocUpdate);
    awareness.on('update', this.onAwarenessUpdate);
  }

  isSynced(link: Link): boolean {
    return this.links.get(link)?.synced ?? false;
  }

  addLink(link: Link): void {
    if (this.links.has(link) || link.state === 'closed') return;
    const onDoc = (docId: string, sub: number, body: Uint8Array) => {
      if (docId === this.docId) this.receive(link, sub, body);
    };
    const onOpen = () => this.greet(link);
    const onClose = () => this.removeLink(link);
    link.on('doc', onDoc);
    link.on('open', onOpen);
    link.on('close', onClose);
    this.links.set(link, {
      synced: false,
      clients: new Set(),
      off: () => {
        link.off('doc', onDoc);
        link.off('open', onOpen);
        link.off('close', onClose);
      },
    });
    if (link.state === 'open') this.greet(link);
  }

  removeLink(link: Link): void {
    const entry = this.links.get(link);
    if (!entry) return;
    entry.off();
    this.links.delete(link);
    // Presence heard only through this link is gone with it; other links refresh theirs (T15).
    const stillHeard = new Set<number>();
    for (const other of this.links.values()) other.clients.forEach((c) => stillHeard.add(c));
    const gone = [...entry.clients].filter((c) => !stillHeard.has(c) && c !== this.doc.clientID);
    if (gone.length) awarenessProtocol.removeAwarenessStates(this.awareness, gone, 'link-closed');
  }

  override destroy(): void {
    for (const link of [...this.links.keys()]) this.removeLink(link);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    super.destroy();
  }

  private greet(link: Link): void {
    const step1 = encoding.createEncoder();
    syncProtocol.writeSyncStep1(step1, this.doc);
    link.sendDoc(this.docId, DOC_SYNC, encoding.toUint8Array(step1));
    const states = [...this.awareness.getStates().keys()];
    if (states.length) link.sendDoc(this.docId, DOC_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
  }

  private receive(link: Link, sub: number, body: Uint8Array): void {
    const entry = this.links.get(link);
    if (!entry) return;
    try {
      if (sub === DOC_SYNC) {
        const dec = decoding.createDecoder(body);
        const reply = encoding.createEncoder();
        let failed = false;
        const type = syncProtocol.readSyncMessage(dec, reply, this.doc, link, () => {
          failed = true;
        });
        if (failed) return this.reject(link, 'update');
        if (encoding.length(reply) > 0) link.sendDoc(this.docId, DOC_SYNC, encoding.toUint8Array(reply));
        if (type === syncProtocol.messageYjsSyncStep2 && !entry.synced) {
          entry.synced = true;
          this.emit('synced', [link]);
        }
      } else if (sub === DOC_AWARENESS) {
        const dec = decoding.createDecoder(body);
        const count = decoding.readVarUint(dec);
        for (let i = 0; i < count; i++) {
          entry.clients.add(decoding.readVarUint(dec));
          decoding.readVarUint(dec);
          decoding.readVarString(dec);
        }
        awarenessProtocol.applyAwarenessUpdate(this.awareness, body, link);
      } else if (sub === DOC_QUERY_AWARENESS) {
        const states = [...this.awareness.getStates().keys()];
        link.sendDoc(this.docId, DOC_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
      } else {
        this.reject(link, 'unknown');
      }
    } catch {
      this.reject(link, 'malformed');
    }
  }

  private reject(link: Link, reason: string): void {
    this.rejected += 1;
    this.emit('rejected', [link, reason]);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const enc = encoding.createEncoder();
    syncProtocol.writeUpdate(enc, update);
    const message = encoding.toUint8Array(enc);
    for (const link of this.links.keys()) if (link !== origin && link.state === 'open') link.sendDoc(this.docId, DOC_SYNC, message);
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    if (!changed.length) return;
    const message = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    for (const link of this.links.keys()) if (link !== origin && link.state === 'open') link.sendDoc(this.docId, DOC_AWARENESS, message);
  };
}
