// The host's memory of the invitations it showed (rule T25), so a reply is taken only as the
// answer to the invitation it names: a reply for another invitation (an older code, another
// host's), for an expired one, or one already used to connect, is refused with its own reason
// before anything of it reaches WebRTC, and the invitation on screen stays usable.
import { newInvitationNonce } from './pairingCode';

export type ReplyRefusal = 'other-invitation' | 'reply-expired' | 'replayed';

type State = 'open' | 'used' | 'replaced';

/** How many past invitations are remembered (one host shows a few per meeting). */
const REMEMBERED = 64;

export class InvitationLedger {
  private readonly issued = new Map<string, { expiresAt: number; state: State }>();

  /** A new invitation's nonce; invitations still open are replaced by it (the screen shows one). */
  issue(expiresAt: number): string {
    for (const entry of this.issued.values()) if (entry.state === 'open') entry.state = 'replaced';
    const nonce = newInvitationNonce();
    this.issued.set(nonce, { expiresAt, state: 'open' });
    if (this.issued.size > REMEMBERED) this.issued.delete(this.issued.keys().next().value!);
    return nonce;
  }

  /**
   * Whether a reply carrying `replyNonce` may answer the invitation `expected`, at `now`.
   * On 'ok' the invitation is used up at once (synchronously), so the same reply twice, even
   * concurrently, connects once.
   */
  take(expected: string, replyNonce: string, now = Date.now()): 'ok' | ReplyRefusal {
    const entry = this.issued.get(replyNonce);
    if (!entry) return 'other-invitation';
    if (entry.state === 'used') return 'replayed';
    if (now > entry.expiresAt) return 'reply-expired';
    if (replyNonce !== expected || entry.state !== 'open') return 'other-invitation';
    entry.state = 'used';
    return 'ok';
  }

  /** The invitation was withdrawn (a new code, the panel closed): its replies are refused. */
  cancel(nonce: string): void {
    const entry = this.issued.get(nonce);
    if (entry?.state === 'open') entry.state = 'replaced';
  }
}
