// This device's presence in a room (what RoomSession publishes): who it is, and a fingerprint of
// its state vector kept current within 200 ms, so every screen can say whether it has everything
// (T28). The whole state vector goes too only while a device of an older build is in the room:
// builds before issue 17 read nothing else, and without it they would not list this device.
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { toBase64Url } from './bytes';
import type { PeerId } from './envelope';
import { stateVectorDigest } from './stateVector';

export interface PresenceUser {
  school: string;
  person: string;
}

/** Announce a changed state at most this often: cheap, and "Todos tienen todo" stays current. */
export const PRESENCE_SV_EVERY_MS = 200;

/** A presence from a build that sends its whole state vector and no fingerprint. */
function older(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false;
  const s = state as { peer?: unknown; sv?: unknown; d?: unknown };
  return typeof s.peer === 'string' && typeof s.sv === 'string' && s.d === undefined;
}

export class LocalPresence {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private withSv = false;

  /** `published` runs after each change of what we announce (the session refreshes its status). */
  constructor(
    private readonly awareness: Awareness,
    private readonly doc: Y.Doc,
    peer: PeerId,
    user: PresenceUser,
    private readonly published: () => void = () => {},
  ) {
    this.withSv = this.olderHere();
    awareness.setLocalState({ peer, user, ...this.stateFields() });
    doc.on('update', this.onDocUpdate);
    awareness.on('change', this.onAwarenessChange);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('change', this.onAwarenessChange);
  }

  private stateFields(): { d: string; sv?: string } {
    const bytes = Y.encodeStateVector(this.doc);
    const d = stateVectorDigest(Y.decodeStateVector(bytes));
    return this.withSv ? { d, sv: toBase64Url(bytes) } : { d };
  }

  private olderHere(): boolean {
    for (const [client, state] of this.awareness.getStates()) if (client !== this.awareness.clientID && older(state)) return true;
    return false;
  }

  private publish(): void {
    const mine = this.awareness.getLocalState();
    if (!mine) return;
    // Without the old state vector when it no longer goes; every other field (links, T40) stays.
    const next: Record<string, unknown> = { ...mine };
    delete next.sv;
    this.awareness.setLocalState({ ...next, ...this.stateFields() });
    this.published();
  }

  private readonly onDocUpdate = (): void => {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.publish();
    }, PRESENCE_SV_EVERY_MS);
  };

  /** An older device arrived or the last one left: the state vector goes, or stops going, at once. */
  private readonly onAwarenessChange = (): void => {
    const withSv = this.olderHere();
    if (withSv === this.withSv) return;
    this.withSv = withSv;
    this.publish();
  };
}
