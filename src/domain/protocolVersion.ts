// Versions of every format two devices exchange (issue 21: an update never breaks a meeting). In a
// meeting, devices on different app versions meet: each says in its hello which room-protocol
// versions it speaks (oldest..current), both use the highest they share, and when they share none
// neither opens the link, so nothing of the other's is applied to the document. Both then know
// which of the two is older and say so in Spanish. Devices from before versioning send no version:
// they speak version 1. Bump ROOM_PROTOCOL when a message or the meaning of the meeting document
// changes; raise ROOM_PROTOCOL_OLDEST only when this build can no longer talk to the old one.
import { z } from 'zod';

/**
 * The room protocol this build speaks (hello, signaling, document messages, meeting schema):
 * current, and the oldest it still speaks. One object, so a test can publish a build "of another
 * version" by patching these two numbers in the bundle (tests/e2e/versions.spec.ts).
 * 2: large document messages may go deflated (MSG_DOC_Z, T37) to a peer that speaks 2.
 */
export const ROOM_PROTOCOL = Object.freeze({ current: 2, oldest: 1 });
/** The meeting file's format byte (src/meeting/file.ts): a reader refuses a higher one. */
export const MEETING_FILE_FORMAT = 1;
/** The first byte of an invitation or reply code (src/sync/pairingCode.ts); 2 added the invitation nonce (T25). */
export const PAIRING_CODE_VERSION = 2;

declare const __APP_VERSION__: string | undefined;
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

export const HelloVersionSchema = z.object({
  /** Current room protocol of the sender. */
  p: z.number().int().min(1).max(1000),
  /** Oldest room protocol the sender still speaks. */
  o: z.number().int().min(1).max(1000),
  /** The sender's app version, only to tell the user which device is which. */
  app: z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/),
});
export type HelloVersion = z.infer<typeof HelloVersionSchema>;

/** What a device from before versioning speaks (its hello has no version field). */
const UNVERSIONED: HelloVersion = { p: 1, o: 1, app: '' };

/** What this build says in its hello. */
export function helloVersion(): HelloVersion {
  return { p: ROOM_PROTOCOL.current, o: ROOM_PROTOCOL.oldest, app: APP_VERSION };
}

export type VersionVerdict =
  | { ok: true; protocol: number }
  /** update: which device has to be updated; otherApp: the other device's app version, if it said. */
  | { ok: false; update: 'this' | 'other'; otherApp: string };

export type VersionMismatch = Extract<VersionVerdict, { ok: false }>;

/** Symmetric: both devices reach the same protocol, or agree on which of them is the older one. */
export function negotiate(ours: HelloVersion | undefined, theirs: HelloVersion | undefined): VersionVerdict {
  const mine = ours ?? UNVERSIONED;
  const other = theirs ?? UNVERSIONED;
  const protocol = Math.min(mine.p, other.p);
  if (protocol >= Math.max(mine.o, other.o)) return { ok: true, protocol };
  return { ok: false, update: mine.p < other.p ? 'this' : 'other', otherApp: other.app };
}

/**
 * Whether a code this build cannot read comes from a newer app. Every code version keeps the
 * first two bytes as [version, kind (1 invitation, 2 reply)]; anything else is just unreadable,
 * so random text is never blamed on the app's version.
 */
export function newerCodeVersion(bytes: Uint8Array | null): boolean {
  if (!bytes || bytes.length < 4) return false;
  const [version, kind] = [bytes[0]!, bytes[1]!];
  return version > PAIRING_CODE_VERSION && version < 16 && (kind === 1 || kind === 2);
}
