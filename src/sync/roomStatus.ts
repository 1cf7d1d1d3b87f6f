// What the room screen may claim right now (rule T28): who is here, who answers, who has
// everything. A device is "fresh" when we heard its link within SILENT_MS, or, one hop away, when
// a neighbour we hear says it hears that device, or, farther, while its presence is renewed
// (farPresence.ts) and we hear someone. Only fresh devices count, and "todos tienen todo"
// holds only when every one of them has our state vector now and nobody is silent. Everything
// read from presence is a peer's word: it is validated here before it reaches the screen.
import { z } from 'zod';
import { fromBase64Url } from './bytes';
import { PeerIdSchema, type PeerId } from './envelope';
import type { Link } from './link';
import { DIGEST_PATTERN, readStateVector, sameStateVector, stateVectorDigest, type StateVector } from './stateVector';

/**
 * A presence as LocalPresence publishes it: `d`, the fingerprint of the sender's state vector;
 * `sv`, the whole state vector, from builds before issue 17 (and from this one while such a device
 * is in the room). One of them is needed to say whether the device has everything.
 */
export const PresenceSchema = z
  .object({
    peer: PeerIdSchema,
    user: z.object({ school: z.string().max(300), person: z.string().max(300) }),
    d: z.string().regex(DIGEST_PATTERN).optional(),
    sv: z.string().max(200_000).optional(),
  })
  .refine((p) => p.d !== undefined || p.sv !== undefined);

type PeerState = 'hasAll' | 'syncing' | 'silent';

export interface PeerView {
  clientId: number;
  peer: PeerId;
  school: string;
  person: string;
  /** Linked to this device directly (otherwise reached through other devices). */
  direct: boolean;
  /** Heard on its link, or vouched for by a neighbour we hear, right now (T30). */
  near: boolean;
  state: PeerState;
  hasAll: boolean;
}

/**
 * alone: nobody was ever here. deaf: there are devices or links, but none answers (this device's
 * Wi-Fi is likely down). silent: some do not answer. syncing: someone lacks something (or we do).
 */
export type RoomStatusKind = 'alone' | 'deaf' | 'syncing' | 'silent' | 'allHaveAll';

interface StatusInput {
  selfPeer: PeerId;
  selfClient: number;
  presences: Map<number, unknown>;
  links: ReadonlyMap<PeerId, Link>;
  /** The state vector a direct neighbour last told us on its link. */
  linkSv: (link: Link) => StateVector | null;
  /**
   * A direct neighbour says data is on its way: a large message is reaching it, or it knows, at
   * most NEWS_REACH hops away, of a device that lacks or receives something (T38).
   */
  linkMoving: (link: Link) => boolean;
  vouched: (peer: PeerId) => boolean;
  /** A device past our neighbours' pings: its presence renewed lately (FarPresence.fresh). */
  farFresh: (clientId: number, peer: PeerId) => boolean;
  local: StateVector;
  /** A large message is still arriving. */
  incoming: boolean;
}

/** What a presence says: the sender's state is exactly ours (fingerprint, or an older build's state vector). */
function presenceHasAll(p: { d?: string; sv?: string }, local: StateVector, localDigest: () => string): boolean {
  if (p.d !== undefined) return p.d === localDigest();
  const raw = fromBase64Url(p.sv ?? '');
  const sv = raw ? readStateVector(raw) : null;
  return sv !== null && sameStateVector(sv, local);
}

export function roomStatus(input: StatusInput): { peers: PeerView[]; status: RoomStatusKind; silent: number } {
  const peers: PeerView[] = [];
  const present = new Set<PeerId>();
  // Presence says a far device was alive a few seconds ago; with none of our links answering,
  // this device cannot tell (its own Wi-Fi is likely down).
  const hearing = [...input.links.values()].some((l) => l.state === 'open' && l.heardWithin());
  let localDigest: string | undefined;
  for (const [clientId, state] of input.presences) {
    if (clientId === input.selfClient) continue;
    const parsed = PresenceSchema.safeParse(state);
    if (!parsed.success || parsed.data.peer === input.selfPeer || present.has(parsed.data.peer)) continue;
    const { peer, user } = parsed.data;
    present.add(peer);
    const link = input.links.get(peer);
    const direct = link?.state === 'open';
    // A link can go quiet while its peer still answers the room (the other end closed it and the
    // close was lost, or a hello was lost on the way; the browser notices after up to 30 s): a
    // neighbour that hears the peer, or its renewed presence, still says it is here, as for a
    // device we are not linked to. A peer that stopped answering is silent on every link and in
    // every neighbour's pings within SILENT_MS and one ping.
    const answers = direct && link.heardWithin();
    const near = answers || input.vouched(peer);
    const fresh = near || (hearing && input.farFresh(clientId, peer));
    // What a quiet link last said may be old; the presence is then as good as anything.
    const told = answers ? input.linkSv(link) : null;
    const hasAll =
      fresh &&
      (told
        ? sameStateVector(told, input.local)
        : presenceHasAll(parsed.data, input.local, () => (localDigest ??= stateVectorDigest(input.local))));
    peers.push({
      clientId,
      peer,
      school: user.school,
      person: user.person,
      direct,
      near,
      hasAll,
      state: !fresh ? 'silent' : hasAll ? 'hasAll' : 'syncing',
    });
  }
  // A link whose presence has not arrived yet is a device still being greeted: not "all".
  const greeting = [...input.links.values()].filter((l) => l.state === 'open' && !present.has(l.remotePeer));
  const heard = peers.filter((p) => p.state !== 'silent').length + greeting.filter((l) => l.heardWithin()).length;
  const silent = peers.length - peers.filter((p) => p.state !== 'silent').length;
  let status: RoomStatusKind;
  // A neighbour still receiving may be passing on what this device lacks too (seen in zone.spec:
  // a device three hops from the author showed ✓ while every neighbour of its was still getting
  // the 530 kB update, so all of them still had its old state vector).
  // Only links heard lately: a quiet link's last word is old (a device killed mid-transfer said
  // "receiving" last, and every screen stayed at "Sincronizando…" until its links closed, 15 s).
  const moving = [...input.links.values()].some((l) => l.state === 'open' && l.heardWithin() && input.linkMoving(l));
  if (peers.length === 0 && greeting.length === 0) status = 'alone';
  else if (heard === 0) status = 'deaf';
  else if (greeting.length > 0 || input.incoming || moving || peers.some((p) => p.state === 'syncing')) status = 'syncing';
  else if (silent > 0) status = 'silent';
  else status = 'allHaveAll';
  return { peers, status, silent };
}
