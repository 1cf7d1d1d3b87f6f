// An invitation scanned on the "join" screen, handed to the room screen it navigates to.
//
// The room reads it while it renders, and React may render a screen more than once before it
// shows it (a render interrupted by a more urgent update is thrown away and started again, state
// initialisers included). So reading is pure, and the room lets go of the invitation only once it
// is on screen (releaseHandoff, from an effect). A read that also removed it lost the invitation
// whenever the first render was thrown away: the joiner then showed no reply at all (CI, twice, on
// a loaded machine, in Chromium and in Firefox).
import type { Invitation } from '../../sync/pairingCode';

let pending: Invitation | null = null;

export function handOff(inv: Invitation): void {
  pending = inv;
}

/** The invitation handed to this meeting's room, if any; reading it changes nothing. */
export function peekHandoff(meetingId: string): Invitation | null {
  return pending?.meetingId === meetingId ? pending : null;
}

/** The room has it on screen: it is not handed again (a newer invitation, if any, stays). */
export function releaseHandoff(inv: Invitation): void {
  if (pending === inv) pending = null;
}

/** Drops whatever was handed to this meeting (it is being forgotten). */
export function dropHandoff(meetingId: string): void {
  if (pending?.meetingId === meetingId) pending = null;
}
