// An invitation scanned on the "join" screen, handed to the room screen it navigates to.
import type { Invitation } from '../../sync/pairingCode';

let pending: Invitation | null = null;

export function handOff(inv: Invitation): void {
  pending = inv;
}

/** Takes the invitation for this meeting, once. */
export function takeHandoff(meetingId: string): Invitation | null {
  if (pending?.meetingId !== meetingId) return null;
  const inv = pending;
  pending = null;
  return inv;
}
