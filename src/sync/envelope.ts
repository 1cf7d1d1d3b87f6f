// The one signaling envelope format (rule T9): every transport (data channels between peers, the
// LAN relay, BroadcastChannel between tabs, the link hello) carries these JSON objects sealed with
// the room key. Anything that does not open with the key or does not match the schema is refused.
import { z } from 'zod';
import { toBase64Url, randomBytes } from './bytes';
import { open, seal, type RoomKey } from './crypto';
import { HelloVersionSchema } from '../domain/protocolVersion';

export const PeerIdSchema = z.string().regex(/^[A-Za-z0-9_-]{11}$/);
export type PeerId = z.infer<typeof PeerIdSchema>;

export function newPeerId(): PeerId {
  return toBase64Url(randomBytes(8));
}

const MAX_TTL = 6;

const EnvelopeSchema = z.object({
  v: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{8,24}$/),
  kind: z.enum(['hello', 'announce', 'offer', 'answer']),
  from: PeerIdSchema,
  to: PeerIdSchema.optional(),
  /** Hops left when relayed through peers (T13). */
  ttl: z.number().int().min(0).max(MAX_TTL),
  sdp: z.string().max(16_000).optional(),
  /** In an announce or offer: the sender's open links, and whether it is at its limit (Z1-Z3). */
  n: z.number().int().min(0).max(64).optional(),
  full: z.boolean().optional(),
  /** In an offer: a far link (Z6), which a device at its limit makes room for. */
  far: z.boolean().optional(),
  /** Sender's clock, ms; envelopes far from ours are refused as replays (T11). */
  at: z.number().int().nonnegative(),
  /** In a hello: the room-protocol versions the sender speaks (absent before versioning). */
  pv: HelloVersionSchema.optional(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export function makeEnvelope(fields: Omit<Envelope, 'v' | 'id' | 'at' | 'ttl'> & { ttl?: number }, now = Date.now()): Envelope {
  return { v: 1, id: toBase64Url(randomBytes(9)), at: now, ttl: fields.ttl ?? MAX_TTL, ...fields };
}

export async function sealEnvelope(key: RoomKey, env: Envelope): Promise<Uint8Array> {
  return seal(key, new TextEncoder().encode(JSON.stringify(env)));
}

export async function openEnvelope(key: RoomKey, bytes: Uint8Array): Promise<Envelope | null> {
  const plain = await open(key, bytes);
  if (!plain) return null;
  try {
    const parsed = EnvelopeSchema.safeParse(JSON.parse(new TextDecoder().decode(plain)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Remembers envelope ids already handled so a replayed or looped envelope is ignored (T11).
 * Bounded: the oldest ids are forgotten first, and the clock window covers what they guarded.
 */
export class SeenIds {
  private readonly ids = new Set<string>();
  constructor(private readonly max = 2000) {}
  /** true the first time an id is seen. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) {
      const first = this.ids.values().next().value;
      if (first !== undefined) this.ids.delete(first);
    }
    return true;
  }
}

/** Envelopes older or newer than this (device clocks differ a little) are refused. */
export const ENVELOPE_WINDOW_MS = 10 * 60 * 1000;
