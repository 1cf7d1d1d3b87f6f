// Who hears whom, one hop away (rule T30). Every ping a device sends lists the peers it hears
// right now on its own links; from its neighbours' pings this device knows which peers each
// neighbour is directly linked to. That tells the status whether a device reached only through
// others is still alive, and tells forwarding that a neighbour linked to an update's author got
// the update from the author itself.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64Url, toBase64Url } from './bytes';
import { PeerIdSchema, type PeerId } from './envelope';
import type { Link } from './link';

/** More than any room links (maxLinks is 6): a ping listing more is malformed. */
const MAX_LISTED = 16;
const NONE: ReadonlySet<PeerId> = new Set();

function encodePeers(peers: PeerId[]): Uint8Array {
  const enc = encoding.createEncoder();
  const listed = peers.slice(0, MAX_LISTED);
  encoding.writeVarUint(enc, listed.length);
  for (const p of listed) encoding.writeUint8Array(enc, fromBase64Url(p)!);
  return encoding.toUint8Array(enc);
}

/** null for anything that is not a well-formed list (a peer's bytes are untrusted). */
function decodePeers(body: Uint8Array): Set<PeerId> | null {
  try {
    const dec = decoding.createDecoder(body);
    const n = decoding.readVarUint(dec);
    if (n > MAX_LISTED) return null;
    const peers = new Set<PeerId>();
    for (let i = 0; i < n; i++) peers.add(PeerIdSchema.parse(toBase64Url(decoding.readUint8Array(dec, 8))));
    return decoding.hasContent(dec) ? null : peers;
  } catch {
    return null;
  }
}

export class Neighbours {
  /** Per link: the peers its device said, in its last ping, it hears directly. */
  private readonly heard = new Map<Link, Set<PeerId>>();
  malformed = 0;

  constructor(private readonly links: () => Iterable<Link>) {}

  /**
   * Makes the link's pings carry what we hear, and records what the peer hears. Called before the
   * link opens, so its first ping (sent at open) already lists our peers and no ping of the peer
   * is missed: forwarding needs the topology from the first second of a link (T33).
   */
  attach(link: Link): void {
    link.pingBody = () => encodePeers(this.hearing().filter((p) => p !== link.remotePeer));
    link.on('ping', (body) => {
      const peers = decodePeers(body);
      if (peers) this.heard.set(link, peers);
      else this.malformed += 1;
    });
    link.on('close', () => this.heard.delete(link));
  }

  /**
   * Our links changed (one kept, one closed): every neighbour hears at once whom we hear now,
   * not at its next ping, so a neighbour never floods us with updates we get from their authors
   * (T33).
   */
  changed(): void {
    for (const l of this.links()) l.ping();
  }

  /** Peers on our links that were heard from within SILENT_MS. */
  hearing(): PeerId[] {
    const out: PeerId[] = [];
    for (const l of this.links()) if (l.heardWithin()) out.push(l.remotePeer);
    return out;
  }

  /** The peers `peer` hears directly, if we hear `peer` right now; empty otherwise. */
  linkedTo(peer: PeerId): ReadonlySet<PeerId> {
    for (const l of this.links()) if (l.remotePeer === peer && l.heardWithin()) return this.heard.get(l) ?? NONE;
    return NONE;
  }

  /** Some device we hear right now hears `peer` directly: `peer` is alive one hop away. */
  vouched(peer: PeerId): boolean {
    for (const l of this.links()) if (l.heardWithin() && this.heard.get(l)?.has(peer)) return true;
    return false;
  }
}
